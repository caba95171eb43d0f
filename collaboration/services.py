"""The one write path for what participants add to a plan: the plan-page forms and the API
both call these functions with (plan, user, data).

Every write is an append made in one transaction that first locks the plan's row, re-checks
the access rule on the locked plan, adds rows (never StreamField blocks), bumps
`last_activity_at` and queues the notifications once the transaction has committed.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from collaboration.forms import (
    AttachmentForm,
    EvaluationForm,
    LogEntryCorrectionForm,
    LogEntryForm,
    MessageForm,
    MinutesForm,
)
from notifications.services import notify_plan_members
from planpages.access import PlanAccess
from planpages.goal_statuses import plan_goals_with_status
from planpages.models import (
    Attachment,
    Evaluation,
    GoalStatusChange,
    LogEntry,
    LogEntryCorrection,
    MeetingMinutes,
    Message,
    NotificationKind,
    PlanPage,
)

CORRECTION_WINDOW = datetime.timedelta(hours=24)


class WriteRefused(Exception):
    """The user may not write this (404: may not even see the plan)."""

    def __init__(self, message, status=403):
        super().__init__(str(message))
        self.message = message
        self.status = status


class InvalidWrite(Exception):
    """The data did not validate; `form` carries the errors and what the user typed."""

    def __init__(self, form):
        super().__init__("invalid")
        self.form = form


def check_can_write(user, plan):
    access = PlanAccess(user, plan)
    if not access.can_view:
        raise WriteRefused(_("Fant ikke planen."), status=404)
    if plan.is_closed:
        raise WriteRefused(
            _(
                "Planen er avsluttet, så ingen kan skrive i den lenger. Det du skrev er ikke lagret: "
                "ta vare på teksten og kontakt koordinatoren om planen må åpnes igjen."
            )
        )
    if not access.can_write:
        raise WriteRefused(
            _(
                "Du har bare lesetilgang til denne planen, så det du skrev er ikke lagret. "
                "Be koordinatoren om skrivetilgang om du trenger det."
            )
        )


def append(plan, user, form, create, kind=None, check=check_can_write):
    """Validate, then lock the plan and add the rows `create(locked_plan, user, cleaned_data)` makes.
    `check(user, plan)` refuses the write, before validation and again on the locked plan."""
    check(user, plan)
    if not form.is_valid():
        raise InvalidWrite(form)
    with transaction.atomic():
        locked = PlanPage.objects.select_for_update().get(pk=plan.pk)
        check(user, locked)
        row = create(locked, user, form.cleaned_data)
        activity_at = getattr(row, "created_at", None) or timezone.now()
        PlanPage.objects.filter(pk=locked.pk).update(last_activity_at=activity_at)
        if kind:
            notify_plan_members(locked, user, kind)
    return row


def add_log_entry(plan, user, data):
    def create(locked, author, cleaned):
        return LogEntry.objects.create(plan=locked, author=author, text=cleaned["text"])

    return append(plan, user, LogEntryForm(data, plan=plan), create, NotificationKind.LOG_ENTRY)


def post_message(plan, user, data):
    def create(locked, author, cleaned):
        return Message.objects.create(plan=locked, author=author, text=cleaned["text"])

    return append(plan, user, MessageForm(data, plan=plan), create, NotificationKind.MESSAGE)


def add_evaluation(plan, user, data):
    def create(locked, author, cleaned):
        evaluation = Evaluation.objects.create(
            plan=locked,
            author=author,
            evaluated_on=cleaned["evaluated_on"],
            assessments=cleaned["assessments"],
            next_steps=cleaned["next_steps"],
        )
        change_goal_statuses(locked, evaluation, cleaned["statuses"])
        return evaluation

    return append(plan, user, EvaluationForm(data, plan=plan), create, NotificationKind.EVALUATION)


def change_goal_statuses(locked, evaluation, statuses):
    """A row per goal whose status the evaluation moves; `from` is read on the locked plan, so
    two evaluations saved at once each record the status the other left."""
    GoalStatusChange.objects.bulk_create(
        GoalStatusChange(
            plan=locked,
            evaluation=evaluation,
            goal_id=goal_id,
            goal_title=title,
            from_status=current,
            to_status=statuses[goal_id][1],
            changed_by=evaluation.author,
            changed_at=evaluation.created_at,
        )
        for goal_id, title, _sub, current in plan_goals_with_status(locked)
        if goal_id in statuses and statuses[goal_id][1] != current
    )


def current_minutes(plan, meeting_id):
    return MeetingMinutes.objects.filter(plan=plan, meeting_id=meeting_id).order_by("-created_at").first()


def save_minutes(plan, user, data):
    """Adds a new version of a meeting's minutes. A completed version is final, and a version
    written on top of one the writer never saw is refused so that nobody's text is hidden."""
    form = MinutesForm(data, plan=plan)

    def create(locked, author, cleaned):
        latest = current_minutes(locked, cleaned["meeting_id"])
        if latest and latest.completed:
            raise WriteRefused(
                _("Referatet er ferdigstilt og kan ikke endres. Skriv heller en loggføring om noe må legges til."),
                status=409,
            )
        if latest and str(latest.pk) != (cleaned["based_on"] or ""):
            form.add_error(
                None,
                _(
                    "Noen andre lagret referatet mens du skrev. Teksten din står fortsatt i skjemaet: "
                    "les den nye versjonen, ta med det som mangler og lagre på nytt."
                ),
            )
            raise InvalidWrite(form)
        return MeetingMinutes.objects.create(
            plan=locked,
            author=author,
            meeting_id=cleaned["meeting_id"],
            text=cleaned["text"],
            completed=cleaned["completed"],
        )

    return append(plan, user, form, create, NotificationKind.MEETING)


def correct_log_entry(plan, user, entry_id, data):
    """The author may correct their own entry within 24 hours; the earlier text is kept."""

    def create(locked, author, cleaned):
        entry = LogEntry.objects.filter(plan=locked, pk=entry_id).first()
        if entry is None:
            raise WriteRefused(_("Fant ikke loggføringen."), status=404)
        if entry.author_id != author.pk or timezone.now() - entry.created_at > CORRECTION_WINDOW:
            raise WriteRefused(
                _("Du kan bare rette dine egne loggføringer, og bare det første døgnet. Skriv heller en ny loggføring.")
            )
        LogEntryCorrection.objects.create(entry=entry, earlier_text=entry.text)
        entry.text = cleaned["text"]
        entry.save(update_fields=["text"])
        return entry

    return append(plan, user, LogEntryCorrectionForm(data, plan=plan), create)


def add_attachment(plan, user, data, files):
    stored_files = []

    def create(locked, uploader, cleaned):
        upload = cleaned["file"]
        document = get_document_model()(
            title=upload.name, collection=locked.collection, uploaded_by_user=uploader, file_size=upload.size
        )
        document.file_hash = hash_filelike(upload)
        upload.seek(0)
        document.file.save(upload.name, upload, save=False)
        stored_files.append(document.file)
        document.save()
        return Attachment.objects.create(plan=locked, author=uploader, document=document, filename=upload.name)

    try:
        return append(plan, user, AttachmentForm(data, files, plan=plan), create, NotificationKind.ATTACHMENT)
    except Exception:
        # The rows are rolled back with the transaction; the stored file must go too.
        for stored in stored_files:
            stored.delete(save=False)
        raise
