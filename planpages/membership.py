"""Keeps each plan's ansvarsgruppe (Group), view restriction and private collection in step
with its coordinator and participants. The one place that grants view access."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from planpages.access import granting_participation_q

ATTACHMENTS_ROOT_NAME = "Planvedlegg"


def member_ids(plan):
    """Users who may view the plan now: its coordinator and the participants the access rule lets in."""
    ids = set(plan.participants.filter(granting_participation_q()).values_list("user_id", flat=True))
    if plan.coordinator_id and plan.coordinator.is_active:
        ids.add(plan.coordinator_id)
    return ids


def attachments_root():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=ATTACHMENTS_ROOT_NAME).first()
    return existing or root.add_child(name=ATTACHMENTS_ROOT_NAME)


def collection_name(plan_pk):
    """Fixed width, so the name order treebeard keeps among collections (node_order_by) is
    creation order: a new plan's collection is appended, never sorted in among hundreds of
    thousands of siblings whose paths would all have to shift."""
    return f"plan-{plan_pk:012d}"


@transaction.atomic
def sync_plan_access(plan):
    """Create what the plan needs (group, restriction, collection) and set its members."""
    from planpages.models import PlanPage

    group = plan.access_group or Group.objects.create(name=f"plan-{plan.pk}")
    restriction, _ = PageViewRestriction.objects.get_or_create(page=plan, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group])

    collection = plan.collection or attachments_root().add_child(name=collection_name(plan.pk))
    collection_restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    collection_restriction.groups.set([group])

    if plan.access_group_id != group.pk or plan.collection_id != collection.pk:
        PlanPage.objects.filter(pk=plan.pk).update(access_group=group, collection=collection)
        plan.access_group, plan.collection = group, collection

    group.user_set.set(member_ids(plan))


def sync_user_plans(user):
    """Re-derive membership of every plan the user is connected to (deactivation, expiry)."""
    from planpages.models import PlanPage

    plans = PlanPage.objects.filter(participants__user=user) | PlanPage.objects.filter(coordinator=user)
    for plan in plans.distinct().select_related("access_group", "collection", "coordinator"):
        sync_plan_access(plan)
