"""Telling the new and the previous coordinator and the plan's owner side that a plan changed hands. The
e-mails name the plan only by its opaque code and the new coordinator by name; nothing of the
plan's content, and no personal data in the subject."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_tasks import task

from planpages.access import PlanAccess
from planpages.models import PlanPage
from planpages.people import display_name
from planpages.plan_types import ParticipantRole

OWNER_SIDE = (ParticipantRole.OWNER, ParticipantRole.GUARDIAN)


def owner_side(plan):
    """The plan owner and guardians whose access is current."""
    rows = plan.participants.filter(role__in=OWNER_SIDE, user__isnull=False).select_related("user")
    return [row.user for row in rows if PlanAccess(row.user, plan).participation is not None]


def send(user, template, context):
    if user is not None and user.is_active and user.email:
        body = render_to_string(f"municipal_admin/email/{template}", context)
        send_mail(_("Ny koordinator i Samplan"), body, None, [user.email])


@task()
def send_handover_notices(plan_id, previous_id):
    plan = PlanPage.objects.select_related("coordinator").get(pk=plan_id)
    context = {"code": plan.short_code, "successor": display_name(plan.coordinator)}
    send(plan.coordinator, "handover_new.txt", context)
    send(get_user_model().objects.filter(pk=previous_id).first(), "handover_previous.txt", context)
    for user in owner_side(plan):
        send(user, "handover_owner.txt", context)
