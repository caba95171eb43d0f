"""The whole plan as one archival PDF (PDF/A through WeasyPrint), and its cache."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from planpages.baton import baton_fingerprint, baton_history, has_baton
from planpages.meeting_minutes import plan_minutes
from planpages.models import Evaluation, GoalStatusChange, LogEntry, MeetingMinutes, MunicipalityPage
from planpages.people import display_name
from planpages.plan_links import plan_links
from planpages.plan_summary import PlanSummary

# Level A: tagged (the structure tree screen readers follow), the PDF/A identification kept.
PDF_VARIANT = "pdf/a-3a"


def document_context(plan, participants, printed_by):
    plan_links(plan, participants)
    summary = PlanSummary(plan)
    sections = summary.sections
    return {
        "page": plan,
        "municipality": MunicipalityPage.objects.ancestor_of(plan).first(),
        # Consent closes the document, after the people it concerns.
        "sections": [section for section in sections if section[0] != "consent"],
        "consents": next((blocks for name, _heading, blocks in sections if name == "consent"), []),
        "consent_rows": plan.consents.prefetch_related("covers__user").order_by("decided_at", "pk"),
        "minutes": plan_minutes(plan),
        "evaluations": plan_evaluations(plan),
        "log_entries": LogEntry.objects.filter(plan=plan).select_related("author").order_by("created_at", "pk"),
        "participants": participants,
        # No user: printed by Samplan itself, e.g. on scheduled publishing.
        "printed_by": display_name(printed_by, nobody="Samplan"),
        "printed_at": timezone.now(),
        **pdf_baton_context(plan),
    }


def pdf_baton_context(plan):
    if not has_baton(plan):
        return {}
    history = baton_history(plan)
    return {"baton": history.baton, "baton_events": history.events, "baton_notes": history.notes}


def plan_evaluations(plan):
    return Evaluation.objects.filter(plan=plan).select_related("author").order_by("evaluated_on", "created_at")


def render_plan_pdf(plan, participants, printed_by):
    """The PDF as bytes. WeasyPrint embeds (subsets of) the fonts it uses, as PDF/A requires."""
    from weasyprint import HTML

    html = render_to_string("exports/pdf/plan.html", document_context(plan, participants, printed_by))
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(pdf_variant=PDF_VARIANT)


def content_fingerprint(plan, participants):
    """What goes into the PDF besides the published revision: participants, log entries, minutes."""
    people = [
        (p.user_id, p.role, p.access, p.profession, p.organisation, str(p.access_until), display_name(p.user))
        for p in participants
    ]
    # An entry's author may correct its text (collaboration.services.correct_log_entry), so the
    # text itself is part of the key, not only the entry's id and time.
    entries = list(
        LogEntry.objects.filter(plan=plan).order_by("created_at", "pk").values_list("pk", "created_at", "text")
    )
    # Each save of minutes is a new row, so the newest id per meeting says which text is printed.
    minutes = list(MeetingMinutes.objects.filter(plan=plan).order_by("created_at", "pk").values_list("pk", flat=True))
    # Goal statuses set by evaluations are rows too, shown next to their goals.
    statuses = list(GoalStatusChange.objects.filter(plan=plan).values_list("pk", flat=True))
    evaluations = sorted(Evaluation.objects.filter(plan=plan).values_list("pk", flat=True))
    consents = list(plan.consents.order_by("pk").values_list("pk", "status", "withdrawn_at"))
    coordinator = display_name(plan.coordinator) if plan.coordinator_id else None
    key = (
        plan.coordinator_id,
        coordinator,
        people,
        entries,
        minutes,
        statuses,
        evaluations,
        consents,
        baton_fingerprint(plan),
    )
    return hashlib.sha256(repr(key).encode()).hexdigest()


def pdf_cache_key(plan, participants, printed_by):
    # The cover says who printed the plan and on which day, so both are part of the key
    # rather than rendering the cover apart and merging: a merged file would lose PDF/A
    # conformance and the table of contents' page numbers. A plan has few readers, so one
    # cached PDF per reader per day stays cheap, and nothing cached is ever older than a day
    # (which also bounds staleness from things outside the fingerprint, e.g. a renamed user).
    return ":".join(
        [
            "plan-pdf",
            str(plan.pk),
            str(plan.live_revision_id),
            content_fingerprint(plan, participants),
            str(printed_by.pk),
            timezone.localdate().isoformat(),
            get_language() or settings.LANGUAGE_CODE,
        ]
    )


def cached_keys_key(plan_id):
    return f"plan-pdf-keys:{plan_id}"


def remember_cached_pdf(plan_id, key):
    """Keeps the plan's cache keys together, so a plan that is removed takes its PDFs along."""
    keys = cache.get(cached_keys_key(plan_id), [])
    cache.set(cached_keys_key(plan_id), [*keys[-99:], key], settings.PLAN_PDF_CACHE_SECONDS)


def forget_cached_pdfs(plan_id):
    keys = cache.get(cached_keys_key(plan_id), [])
    cache.delete_many([*keys, cached_keys_key(plan_id)])
    return len(keys)


def cached_plan_pdf(plan, participants, printed_by):
    key = pdf_cache_key(plan, participants, printed_by)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_plan_pdf(plan, participants, printed_by)
        cache.set(key, pdf, settings.PLAN_PDF_CACHE_SECONDS)
        remember_cached_pdf(plan.pk, key)
    return pdf
