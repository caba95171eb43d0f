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

from accesslog.recording import record_access
from collaboration import services
from collaboration.forms import (
    LogEntryCorrectionForm,
    MinutesForm,
)
from collaboration.plan_page import plan_detail
from planpages.access import plan_access
from planpages.meeting_minutes import meeting_in_plan
from planpages.models import Attachment, LogEntry, MeetingMinutes

STORAGE_UNAVAILABLE = _("Vi fikk ikke lagret akkurat nå. Prøv igjen om litt.")


def refused(request, plan, refusal, status=None):
    """The refusal in words, with what the user typed so that nothing is lost."""
    if refusal.status == 404:
        raise Http404
    typed = [
        value for key, value in request.POST.items() if key not in ("csrfmiddlewaretoken", "meeting_id", "based_on")
    ]
    context = {"page": plan, "message": refusal.message, "typed": [text for text in typed if text.strip()]}
    return TemplateResponse(request, "collaboration/write_refused.html", context, status=status or refusal.status)


def plan_page_with_form(request, plan, name, form, status, anchor):
    """The plan page again, with the form as filled in; the message shows in the form's section
    (`anchor`), where the form's action lands the browser."""
    messages.error(
        request,
        _("Det du skrev er ikke lagret ennå. Se hva som må rettes i skjemaet, og lagre på nytt."),
        extra_tags=anchor,
    )
    return plan_detail(request, plan, bound_forms={name: form}, status=status)


def run_write(request, plan, write):
    """Run one write of the plan page's forms. Returns (response, form): the refusal page to
    answer with, or the invalid form to show again, or (None, None) once it is stored."""
    try:
        write()
    except services.WriteRefused as refusal:
        return refused(request, plan, refusal), None
    except services.InvalidWrite as invalid:
        return None, invalid.form
    except DatabaseError:
        return refused(request, plan, services.WriteRefused(STORAGE_UNAVAILABLE), 503), None
    return None, None


def write_from_plan_page(request, plan, name, write, success_message, anchor):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    response, form = run_write(request, plan, write)
    if response is not None:
        return response
    if form is not None:
        return plan_page_with_form(request, plan, name, form, 400, anchor)
    messages.success(request, success_message, extra_tags=anchor)
    return redirect(f"{plan.url}#{anchor}")


def add_log_entry(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "log_entry",
        lambda: services.add_log_entry(plan, request.user, request.POST),
        _("Loggføringen er lagret."),
        "section-log",
    )


def post_message(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "message",
        lambda: services.post_message(plan, request.user, request.POST),
        _("Meldingen er sendt."),
        "section-messages",
    )


def add_evaluation(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "evaluation",
        lambda: services.add_evaluation(plan, request.user, request.POST),
        _("Evalueringen er lagret."),
        "section-evaluations",
    )


def add_attachment(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "attachment",
        lambda: services.add_attachment(plan, request.user, request.POST, request.FILES),
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
    return response


def find_meeting(plan, meeting_id):
    meeting = meeting_in_plan(plan, meeting_id)
    if meeting is None:
        raise Http404
    return meeting


def meeting_minutes(request, plan, meeting_id):
    """The minutes of one meeting: every version, and the form for the next one. Minutes of a
    meeting no longer in the plan stay readable; nobody writes new versions of them."""
    meeting = meeting_in_plan(plan, meeting_id)
    if meeting is None and not MeetingMinutes.objects.filter(plan=plan, meeting_id=meeting_id).exists():
        raise Http404
    access = plan_access(request, plan)
    form = None
    status = 200
    if request.method == "POST":
        response, form = run_write(request, plan, lambda: services.save_minutes(plan, request.user, request.POST))
        if response is not None:
            return response
        if form is None:
            messages.success(request, _("Referatet er lagret."))
            return redirect(request.path)
        status = 400
    record_access(request, plan, f"minutes:{meeting_id}", access=access)
    versions = list(
        MeetingMinutes.objects.filter(plan=plan, meeting_id=meeting_id).select_related("author").order_by("-created_at")
    )
    current = versions[0] if versions else None
    if form is None and meeting is not None and access.can_write and not (current and current.completed):
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
    return TemplateResponse(request, "collaboration/meeting_minutes.html", context, status=status)


def correct_log_entry(request, plan, entry_id):
    entry = LogEntry.objects.filter(plan=plan, pk=entry_id).select_related("author").first()
    if entry is None:
        raise Http404
    form = LogEntryCorrectionForm(initial={"text": entry.text}, plan=plan)
    status = 200
    if request.method == "POST":
        response, invalid = run_write(
            request, plan, lambda: services.correct_log_entry(plan, request.user, entry_id, request.POST)
        )
        if response is not None:
            return response
        if invalid is None:
            messages.success(
                request, _("Loggføringen er rettet. Den tidligere teksten er tatt vare på."), extra_tags="section-log"
            )
            return redirect(f"{plan.url}#section-log")
        form, status = invalid, 400
    record_access(request, plan, f"log-entry:{entry.pk}")
    context = {
        "page": plan,
        "entry": entry,
        "form": form,
        "corrections": list(entry.corrections.all()),
        "may_correct": entry.author_id == request.user.pk
        and plan_access(request, plan).can_write
        and timezone.now() - entry.created_at <= services.CORRECTION_WINDOW,
    }
    return TemplateResponse(request, "collaboration/correct_log_entry.html", context, status=status)
