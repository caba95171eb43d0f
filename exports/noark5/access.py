"""Who may export a plan to the archive, and the record each export leaves."""

from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from planpages.models import AccessRecord
from planpages.people import display_name
from planpages.tenancy import administered_plans

EXPORT_ACTION = "samplan.noark5_export"


class PlanStillOpen(Exception):
    def __str__(self):
        return _("Planen er ikke avsluttet. Bare avsluttede planer kan eksporteres til arkivet.")


def may_export(user, plan):
    """The operator, and the local administrators of the plan's municipality."""
    return administered_plans(user).filter(pk=plan.pk).exists()


def exportable_plan(user, plan_id):
    """The plan to export; a plan `user` may not export is as missing as one that does not exist."""
    from planpages.models import PlanPage

    plan = PlanPage.objects.filter(pk=plan_id).first()
    if plan is None or not may_export(user, plan):
        raise Http404
    if not plan.is_closed:
        raise PlanStillOpen
    return plan


def record_export(plan, user, channel=AccessRecord.Channel.ADMIN):
    """Who exported and when, in the plan's history and in its access log."""
    log(instance=plan, action=EXPORT_ACTION, user=user)
    AccessRecord.objects.create(
        plan_id=plan.pk,
        user=user,
        user_display=display_name(user, nobody="Samplan"),
        role_display=_("driftsoperatør") if user is None or user.is_superuser else _("lokal administrator"),
        what="noark5",
        channel=channel,
    )
