"""Handing a plan from one coordinator to another without opening its content."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Revision

from municipal_admin.handover_notice import send_handover_notices
from planpages.membership import sync_plan_access
from planpages.models import MunicipalityPage, PlanPage
from planpages.tenancy import coordinators_of

HANDOVER_ACTION = "samplan.plan_handover"


def handover_candidates(municipality, plan, by_user):
    """Active coordinators of the municipality who have signed in on their own at least once
    (an account nobody has used could be one someone else holds the password of), never the
    plan's coordinator and never the person handing over."""
    candidates = coordinators_of(municipality).filter(is_active=True, last_login__isnull=False)
    return candidates.exclude(pk__in=[plan.coordinator_id, by_user.pk])


@transaction.atomic
def hand_over_plan(plan, coordinator, by_user, shown_coordinator_id=None):
    """Make `coordinator` the plan's coordinator and owner on the live row and in every stored
    revision, without publishing anything: a draft stays a draft, and neither a later edit of
    the latest revision nor a revert can give the plan back to the previous coordinator.
    `shown_coordinator_id`: the coordinator the confirmation named; refused if it changed since."""
    plan = PlanPage.objects.select_for_update().get(pk=plan.pk)
    previous_id = plan.coordinator_id
    if shown_coordinator_id is not None and shown_coordinator_id != previous_id:
        raise ValidationError(
            _(
                "Planen har fått en annen koordinator siden du åpnet siden. "
                "Se hvem som er koordinator nå, og velg på nytt."
            )
        )
    municipality = MunicipalityPage.objects.ancestor_of(plan).get()
    if not handover_candidates(municipality, plan, by_user).filter(pk=coordinator.pk).exists():
        raise ValidationError(_("Planen kan ikke overføres til denne kontoen."))
    PlanPage.objects.filter(pk=plan.pk).update(coordinator=coordinator, owner=coordinator)
    revisions = list(Revision.objects.for_instance(plan))
    for revision in revisions:
        revision.content["coordinator"] = coordinator.pk
        revision.content["owner"] = coordinator.pk
    Revision.objects.bulk_update(revisions, ["content"])
    plan.coordinator, plan.owner = coordinator, coordinator
    sync_plan_access(plan)
    log(
        instance=plan,
        action=HANDOVER_ACTION,
        user=by_user,
        data={"from_coordinator": previous_id, "to_coordinator": coordinator.pk},
    )
    transaction.on_commit(lambda: send_handover_notices.enqueue(plan.pk, previous_id))
    return plan
