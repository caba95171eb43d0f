"""The plan page: the plan, and what the responsibility group has written, with the forms
for those who may write."""

from django.template.response import TemplateResponse
from django.utils import timezone

from accesslog.recording import record_access
from collaboration import services
from collaboration.baton_page import baton_context
from collaboration.consent_page import consent_context
from collaboration.forms import AttachmentForm, EvaluationForm, LogEntryForm, MessageForm
from collaboration.news import news_since, record_visit
from planpages.access import plan_access
from planpages.goal_statuses import status_changes
from planpages.meeting_minutes import plan_minutes
from planpages.models import Attachment, Evaluation, LogEntry, LogEntryCorrection, Message
from planpages.plan_links import plan_links
from planpages.plan_summary import PlanSummary

LATEST_LOG_ENTRIES = 20
LATEST_MESSAGES = 50
LATEST_EVALUATIONS = 20

# Section of the page -> the rows of collaboration_context it shows.
NEWS_SECTIONS = {"evaluations": "evaluations", "messages": "plan_messages", "attachments": "attachments"}

PLAN_PAGE_FORMS = {
    "log_entry": LogEntryForm,
    "message": MessageForm,
    "evaluation": EvaluationForm,
    "attachment": AttachmentForm,
}


def collaboration_context(request, plan, access, bound_forms=None):
    """What the plan page shows besides the plan itself; forms only for those who may write."""
    bound_forms = bound_forms or {}
    forms = {}
    if access.can_write:
        forms = {name: bound_forms.get(name) or form_class(plan=plan) for name, form_class in PLAN_PAGE_FORMS.items()}
    since = timezone.now() - services.CORRECTION_WINDOW
    correctable = set()
    if access.can_write:
        correctable = set(
            LogEntry.objects.filter(plan=plan, author=request.user, created_at__gte=since).values_list("pk", flat=True)
        )
    return {
        "forms": forms,
        "evaluations": list(Evaluation.objects.filter(plan=plan).select_related("author")[:LATEST_EVALUATIONS]),
        "plan_messages": list(reversed(Message.objects.filter(plan=plan).select_related("author")[:LATEST_MESSAGES])),
        "attachments": list(Attachment.objects.filter(plan=plan).select_related("author")),
        "minutes": plan_minutes(plan),
        "corrected_entry_ids": set(
            LogEntryCorrection.objects.filter(entry__plan=plan).values_list("entry_id", flat=True)
        ),
        "correctable_entry_ids": correctable,
    }


def plan_detail(request, plan, bound_forms=None, status=200):
    access = plan_access(request, plan)
    if not getattr(request, "is_preview", False):
        # An admin preview is recorded once, as such, by AdminPlanReadMiddleware.
        record_access(request, plan, "plan", access=access)
    log_entries = list(LogEntry.objects.filter(plan=plan).select_related("author")[:LATEST_LOG_ENTRIES])
    last_visit = record_visit(request.user, plan) if request.user.is_authenticated else None
    plan_links(plan, access.participants)
    status_changes(plan)  # one query whether the plan has no goals or hundreds
    context = plan.get_context(request)
    collaboration = collaboration_context(request, plan, access, bound_forms)
    shown = {
        "log": log_entries,
        "participants": access.participants,
        "minutes": [record.current for record in collaboration["minutes"].written],
        **{section: collaboration[key] for section, key in NEWS_SECTIONS.items()},
    }
    context.update(
        {
            "access": access,
            "summary": PlanSummary(plan),
            "participants": access.participants,
            "log_entries": log_entries,
            "news": news_since(last_visit, request.user, plan, shown),
            **collaboration,
            **baton_context(request, plan, access, bound_forms or {}),
            **consent_context(request, plan, access, bound_forms or {}),
        }
    )
    return TemplateResponse(request, "collaboration/plan_page.html", context, status=status)
