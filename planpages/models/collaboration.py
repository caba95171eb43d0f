"""What the responsibility group writes besides log entries: evaluations, meeting minutes,
messages and attachments, and the earlier text of corrected log entries. All of these are
rows appended by collaboration.services; none lives in the StreamField."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.entries import LogEntry
from planpages.models.pages import PlanPage


class PlanRow(models.Model):
    """Something one person wrote on one plan at one moment."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("skrevet av")
    )
    created_at = models.DateTimeField(_("skrevet"), default=timezone.now, db_index=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.plan_id} {self.created_at:%Y-%m-%d %H:%M}"


class LogEntryCorrection(models.Model):
    """The text a log entry had before its author corrected it."""

    entry = models.ForeignKey(LogEntry, on_delete=models.CASCADE, related_name="corrections")
    earlier_text = models.TextField(_("tidligere tekst"))
    corrected_at = models.DateTimeField(_("rettet"), default=timezone.now)

    class Meta:
        verbose_name = _("retting av loggføring")
        verbose_name_plural = _("rettinger av loggføringer")
        ordering = ["corrected_at"]

    def __str__(self):
        return f"{self.entry_id} {self.corrected_at:%Y-%m-%d %H:%M}"


class Evaluation(PlanRow):
    evaluated_on = models.DateField(_("dato for evalueringen"))
    # [{"goal": title, "assessment": text}, ...] for the goals and measures that were assessed.
    assessments = models.JSONField(_("vurderinger"), default=list)
    next_steps = models.TextField(_("hva skjer videre"), blank=True, max_length=5_000)

    class Meta(PlanRow.Meta):
        verbose_name = _("evaluering")
        verbose_name_plural = _("evalueringer")
        ordering = ["-evaluated_on", "-created_at"]


class MeetingMinutes(PlanRow):
    """One version of the minutes of one meeting block; the newest version is the current one."""

    meeting_id = models.CharField(_("møte"), max_length=64, db_index=True)
    text = models.TextField(_("referat"), max_length=50_000)
    completed = models.BooleanField(_("ferdigstilt"), default=False)

    class Meta(PlanRow.Meta):
        verbose_name = _("møtereferat")
        verbose_name_plural = _("møtereferater")


class Message(PlanRow):
    text = models.TextField(_("melding"), max_length=5_000)

    class Meta(PlanRow.Meta):
        verbose_name = _("melding")
        verbose_name_plural = _("meldinger")


class Attachment(PlanRow):
    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.PROTECT, related_name="plan_attachment", verbose_name=_("dokument")
    )
    filename = models.CharField(_("filnavn"), max_length=120)

    class Meta(PlanRow.Meta):
        verbose_name = _("vedlegg")
        verbose_name_plural = _("vedlegg")
