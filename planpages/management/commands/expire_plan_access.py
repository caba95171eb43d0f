"""Run daily: take lapsed participants out of their plans' ansvarsgruppe. The request-time rule
already denies them from the day after their access end date; this keeps the groups, view
restrictions and collection restrictions saying the same."""

from django.core.management.base import BaseCommand
from django.db.models import F
from django.utils import timezone

from planpages.membership import sync_plan_access
from planpages.models import PlanPage


def plans_with_lapsed_members(today=None):
    today = today or timezone.localdate()
    return PlanPage.objects.filter(
        participants__access_until__lt=today, participants__user__groups=F("access_group")
    ).distinct()


class Command(BaseCommand):
    help = "Fjerner deltakere med utløpt tilgang fra ansvarsgruppene. Kjøres daglig."

    def handle(self, *args, **options):
        plans = list(plans_with_lapsed_members().select_related("access_group", "collection", "coordinator"))
        for plan in plans:
            sync_plan_access(plan)
        self.stdout.write(f"Tilgang oppdatert for {len(plans)} planer.")
