"""Run daily: take lapsed participants (access end date or consent passed) out of their plans'
ansvarsgruppe. The request-time rule already denies them from the day after; this keeps the groups, view
restrictions and collection restrictions saying the same."""

from django.core.management.base import BaseCommand
from django.db.models import F, Q
from django.utils import timezone

from planpages.membership import sync_plan_access
from planpages.models import ConsentStatus, PlanPage


def plans_with_lapsed_members(today=None):
    """Plans whose group still holds someone whose access end date, or consent, has passed."""
    today = today or timezone.localdate()
    lapsed_access = Q(participants__access_until__lt=today, participants__user__groups=F("access_group"))
    lapsed_consent = Q(
        consents__status=ConsentStatus.GIVEN,
        consents__valid_until__lt=today,
        consents__covers__user__groups=F("access_group"),
    )
    return PlanPage.objects.filter(lapsed_access | lapsed_consent).distinct()


class Command(BaseCommand):
    help = "Fjerner deltakere med utløpt tilgang fra ansvarsgruppene. Kjøres daglig."

    def handle(self, *args, **options):
        plans = list(plans_with_lapsed_members().select_related("access_group", "collection", "coordinator"))
        for plan in plans:
            sync_plan_access(plan)
        self.stdout.write(f"Tilgang oppdatert for {len(plans)} planer.")
