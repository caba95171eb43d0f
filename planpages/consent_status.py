"""Where a plan stands on consent, for the coordinator: is there a current consent, and who on
the plan is not covered by one (the owner side needs none)."""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from planpages.access import OWNER_SIDE_ROLES, current_participation_q
from planpages.models import Consent, PlanParticipant


def has_current_consent(plan, today=None):
    return Consent.objects.current(today).filter(plan=plan).exists()


def participants_without_consent(plan, today=None):
    """Current participants besides the owner side that no current consent covers."""
    today = today or timezone.localdate()
    covered = Consent.objects.current(today).filter(covers=OuterRef("pk"))
    return (
        PlanParticipant.objects.filter(current_participation_q(today=today), page=plan)
        .exclude(role__in=OWNER_SIDE_ROLES)
        .exclude(Exists(covered))
        .select_related("user")
        .order_by("pk")
    )
