"""Writing the access log. Every read of plan content calls record_access; if the record
cannot be written the exception propagates and the content is not served."""

from django.utils.translation import gettext as _

from .models import AccessRecord
from .plan_types import ParticipantRole


def role_on_plan(access):
    """How the reader stood on the plan at the moment of reading, in plain Norwegian."""
    if access.is_coordinator:
        return _("koordinator")
    participation = access.participation
    if participation is not None:
        parts = [participation.profession or ParticipantRole(participation.role).label.lower()]
        if participation.organisation:
            parts.append(participation.organisation)
        return ", ".join(parts)
    if access.is_operator:
        return _("driftsoperatør")
    return ""


def record_access(request, plan, what, channel=AccessRecord.Channel.WEB, access=None, granted=None):
    """Record one read (or denied attempt) of `what` on `plan` by the request's user.
    `granted` defaults to whether the user may view the plan; a view with a narrower rule
    (the access log page) passes its own answer."""
    from .permissions import plan_access

    access = access or plan_access(request, plan)
    user = request.user if request.user.is_authenticated else None
    AccessRecord.objects.create(
        plan_id=plan.pk,
        user=user,
        user_display=(user.get_full_name() or user.get_username()) if user else _("anonym"),
        role_display=role_on_plan(access),
        what=what,
        channel=channel,
        granted=access.can_view if granted is None else granted,
    )
