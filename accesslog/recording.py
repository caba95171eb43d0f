"""Writing the access log. Every read of plan content calls record_access; if the record
cannot be written the exception propagates and the content is not served."""

from django.utils.translation import gettext as _

from accesslog.reads import check_readable
from planpages.access import plan_access
from planpages.models import AccessRecord, PlanParticipant
from planpages.people import display_name
from planpages.plan_types import ParticipantRole


def role_on_plan(access):
    """How the reader stood on the plan at the moment of reading, in plain Norwegian."""
    return describe_role(access.is_coordinator, access.participation, access.is_operator)


def describe_role(is_coordinator, participation, is_operator):
    if is_coordinator:
        return _("koordinator")
    if participation is not None:
        parts = [participation.profession or ParticipantRole(participation.role).label.lower()]
        if participation.organisation:
            parts.append(participation.organisation)
        return ", ".join(parts)
    if is_operator:
        return _("driftsoperatør")
    return ""


def record_listing(request, plans, what, channel):
    """A listing names each plan's person: one granted record per listed plan, in one insert.
    `plans` are plans the user may view (from viewable_plans)."""
    check_readable(what)
    user = request.user
    participations = {
        participation.page_id: participation
        for participation in PlanParticipant.objects.filter(user=user, page__in=[plan.pk for plan in plans])
    }
    AccessRecord.objects.bulk_create(
        AccessRecord(
            plan_id=plan.pk,
            user=user,
            user_display=display_name(user),
            role_display=describe_role(plan.coordinator_id == user.pk, participations.get(plan.pk), user.is_superuser),
            what=what,
            channel=channel,
        )
        for plan in plans
    )


def record_access(request, plan, what, channel=AccessRecord.Channel.WEB, access=None, granted=None):
    """Record one read (or denied attempt) of `what` on `plan` by the request's user.
    `granted` defaults to whether the user may view the plan; a view with a narrower rule
    (the access log page) passes its own answer.

    Only signed-in readers are recorded: an anonymous request (or one whose session was
    rejected) writes nothing, so nobody can flood a plan's log from outside, and a real plan
    costs the same as a made-up id."""
    check_readable(what)
    if not request.user.is_authenticated:
        return
    access = access or plan_access(request, plan)
    AccessRecord.objects.create(
        plan_id=plan.pk,
        user=request.user,
        user_display=display_name(request.user),
        role_display=role_on_plan(access),
        what=what,
        channel=channel,
        granted=access.can_view if granted is None else granted,
    )
