"""Handing a plan from one coordinator to another without opening its content."""

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Revision

from planpages.membership import sync_plan_access
from planpages.models import PlanPage

HANDOVER_ACTION = "samplan.plan_handover"


@transaction.atomic
def hand_over_plan(plan, coordinator, by_user):
    """Make `coordinator` the plan's coordinator and owner on the live row and in every stored
    revision, without publishing anything: a draft stays a draft, and neither a later edit of
    the latest revision nor a revert can give the plan back to the previous coordinator."""
    plan = PlanPage.objects.select_for_update().get(pk=plan.pk)
    previous_id = plan.coordinator_id
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
    return plan
