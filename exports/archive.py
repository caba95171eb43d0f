"""Archive copies of a plan: a PDF snapshot of the published revision, kept on the plan."""

from django.core.files.base import ContentFile

from exports.pdf import render_plan_pdf
from planpages.models import PlanArchiveCopy
from planpages.people import display_name


def archive_plan(plan, user, reason=PlanArchiveCopy.Reason.MANUAL):
    participants = list(plan.participants.select_related("user").order_by("pk"))
    copy = PlanArchiveCopy(
        plan=plan,
        revision_id=plan.live_revision_id,
        created_by=user,
        created_by_display=display_name(user, nobody="Samplan"),
        reason=reason,
    )
    copy.file.save("arkivkopi.pdf", ContentFile(render_plan_pdf(plan, participants, user)), save=True)
    return copy


def archive_closed_plan(plan, revision, user):
    """Publishing a closed plan stores a copy of that revision, once."""
    if plan.is_closed and not PlanArchiveCopy.objects.filter(plan=plan, revision=revision).exists():
        archive_plan(plan, user, PlanArchiveCopy.Reason.CLOSED)
