"""Plan-page views for log entries, evaluations, minutes, messages and attachments.

Posts redirect back to the plan with a message (POST-redirect-GET). A post that fails keeps
what the user typed: invalid input re-renders the plan page with the filled-in form, and a
refusal or a lost database connection shows the typed text on a page of its own."""

from django.contrib import messages
from django.db import DatabaseError
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import writes
from .access_log import record_access
from .collaboration_forms import (
    AttachmentForm,
    EvaluationForm,
    LogEntryCorrectionForm,
    LogEntryForm,
    MessageForm,
    MinutesForm,
)
from .models import Attachment, Evaluation, LogEntry, LogEntryCorrection, MeetingMinutes, Message
from .permissions import plan_access
from .plan_summary import PlanSummary

LATEST_MESSAGES = 50
LATEST_EVALUATIONS = 20

PLAN_PAGE_FORMS = {
    "log_entry": LogEntryForm,
    "message": MessageForm,
    "evaluation": EvaluationForm,
    "attachment": AttachmentForm,
}


def current_minutes_by_meeting(plan):
    """{meeting block id: (newest version, number of versions)}."""
    result = {}
    for minutes in MeetingMinutes.objects.filter(plan=plan).select_related("author").order_by("created_at"):
        count = result.get(minutes.meeting_id, (None, 0))[1]
        result[minutes.meeting_id] = (minutes, count + 1)
    return result


def collaboration_context(request, plan, access, bound_forms=None):
    """What the plan page shows besides the plan itself; forms only for those who may write."""
    bound_forms = bound_forms or {}
    forms = {}
    if access.can_write:
        forms = {name: bound_forms.get(name) or form_class(plan=plan) for name, form_class in PLAN_PAGE_FORMS.items()}
    minutes = current_minutes_by_meeting(plan)
    since = timezone.now() - writes.CORRECTION_WINDOW
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
        "meetings_with_minutes": [
            (meeting, *minutes.get(meeting.id, (None, 0))) for meeting in PlanSummary(plan).meetings
        ],
        "corrected_entry_ids": set(
            LogEntryCorrection.objects.filter(entry__plan=plan).values_list("entry_id", flat=True)
        ),
        "correctable_entry_ids": correctable,
    }


def refused(request, plan, refusal, status=None):
    """The refusal in words, with what the user typed so that nothing is lost."""
    if refusal.status == 404:
        raise Http404
    typed = [
        value for key, value in request.POST.items() if key not in ("csrfmiddlewaretoken", "meeting_id", "based_on")
    ]
    context = {"page": plan, "message": refusal.message, "typed": [text for text in typed if text.strip()]}
    return TemplateResponse(request, "planpages/write_refused.html", context, status=status or refusal.status)


def plan_page_with_form(request, plan, name, form, status):
    from .views import plan_detail

    messages.error(request, _("Det du skrev er ikke lagret ennå. Se hva som må rettes i skjemaet, og lagre på nytt."))
    return plan_detail(request, plan, bound_forms={name: form}, status=status)


def write_from_plan_page(request, plan, name, write, success_message, anchor):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        write()
    except writes.WriteRefused as refusal:
        return refused(request, plan, refusal)
    except writes.InvalidWrite as invalid:
        return plan_page_with_form(request, plan, name, invalid.form, status=400)
    except DatabaseError:
        return refused(
            request, plan, writes.WriteRefused(_("Vi fikk ikke lagret akkurat nå. Prøv igjen om litt.")), 503
        )
    messages.success(request, success_message)
    return redirect(f"{plan.url}#{anchor}")


def add_log_entry(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "log_entry",
        lambda: writes.add_log_entry(plan, request.user, request.POST),
        _("Loggføringen er lagret."),
        "section-log",
    )


def post_message(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "message",
        lambda: writes.post_message(plan, request.user, request.POST),
        _("Meldingen er sendt."),
        "section-messages",
    )


def add_evaluation(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "evaluation",
        lambda: writes.add_evaluation(plan, request.user, request.POST),
        _("Evalueringen er lagret."),
        "section-evaluations",
    )


def add_attachment(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "attachment",
        lambda: writes.add_attachment(plan, request.user, request.POST, request.FILES),
        _("Vedlegget er lastet opp."),
        "section-attachments",
    )


def download_attachment(request, plan, attachment_id):
    attachment = Attachment.objects.filter(plan=plan, pk=attachment_id).select_related("document").first()
    if attachment is None:
        raise Http404
    record_access(request, plan, f"attachment:{attachment.pk}")
    response = FileResponse(
        attachment.document.file.open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def find_meeting(plan, meeting_id):
    for child in plan.body:
        if child.block_type == "meeting" and child.id == meeting_id:
            return child
    raise Http404


def meeting_minutes(request, plan, meeting_id):
    """The minutes of one meeting: every version, and the form for the next one."""
    meeting = find_meeting(plan, meeting_id)
    access = plan_access(request, plan)
    form = None
    status = 200
    if request.method == "POST":
        try:
            writes.save_minutes(plan, request.user, request.POST)
        except writes.WriteRefused as refusal:
            return refused(request, plan, refusal)
        except writes.InvalidWrite as invalid:
            form, status = invalid.form, 400
        except DatabaseError:
            return refused(
                request, plan, writes.WriteRefused(_("Vi fikk ikke lagret akkurat nå. Prøv igjen om litt.")), 503
            )
        else:
            messages.success(request, _("Referatet er lagret."))
            return redirect(request.path)
    record_access(request, plan, f"minutes:{meeting_id}", access=access)
    versions = list(
        MeetingMinutes.objects.filter(plan=plan, meeting_id=meeting_id).select_related("author").order_by("-created_at")
    )
    current = versions[0] if versions else None
    if form is None and access.can_write and not (current and current.completed):
        form = MinutesForm(
            initial={
                "meeting_id": meeting_id,
                "based_on": current.pk if current else "",
                "text": current.text if current else "",
            },
            plan=plan,
        )
    elif form is not None:
        messages.error(request, _("Referatet er ikke lagret ennå. Se hva som må rettes, og lagre på nytt."))
    context = {"page": plan, "meeting": meeting, "versions": versions, "current": current, "form": form}
    return TemplateResponse(request, "planpages/meeting_minutes.html", context, status=status)


def correct_log_entry(request, plan, entry_id):
    entry = LogEntry.objects.filter(plan=plan, pk=entry_id).select_related("author").first()
    if entry is None:
        raise Http404
    form = LogEntryCorrectionForm(initial={"text": entry.text}, plan=plan)
    status = 200
    if request.method == "POST":
        try:
            writes.correct_log_entry(plan, request.user, entry_id, request.POST)
        except writes.WriteRefused as refusal:
            return refused(request, plan, refusal)
        except writes.InvalidWrite as invalid:
            form, status = invalid.form, 400
        else:
            messages.success(request, _("Loggføringen er rettet. Den tidligere teksten er tatt vare på."))
            return redirect(f"{plan.url}#section-log")
    record_access(request, plan, f"log-entry:{entry.pk}")
    context = {
        "page": plan,
        "entry": entry,
        "form": form,
        "corrections": list(entry.corrections.all()),
        "may_correct": entry.author_id == request.user.pk
        and plan_access(request, plan).can_write
        and timezone.now() - entry.created_at <= writes.CORRECTION_WINDOW,
    }
    return TemplateResponse(request, "planpages/correct_log_entry.html", context, status=status)
