"""The Stafettlogg baton: who holds it, every offer to hand it over and every answer, and the
bright spots and concerns the responsibility group writes. Plain rows outside page revisions,
changed only through collaboration.baton, so no editor form or revert can move the baton."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage


class BatonEventKind(models.TextChoices):
    OFFERED = "offered", _("tilbudt")
    ACCEPTED = "accepted", _("akseptert")
    DECLINED = "declined", _("avslått")
    WITHDRAWN = "withdrawn", _("trukket tilbake")
    SUPERSEDED = "superseded", _("erstattet av et nytt tilbud")


class BatonEvent(models.Model):
    """One step of the baton's history. An offer names its recipient; an answer (accepted,
    declined, withdrawn, superseded) points to the offer it closes."""

    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="baton_events")
    kind = models.CharField(_("hendelse"), max_length=12, choices=BatonEventKind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("stafettholder")
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("tilbudt til")
    )
    offer = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="answers")
    at = models.DateTimeField(_("tidspunkt"), default=timezone.now)

    class Meta:
        verbose_name = _("stafetthendelse")
        verbose_name_plural = _("stafetthendelser")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["plan", "at"], name="batonevent_plan_at")]

    def __str__(self):
        return f"{self.plan_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"


class Baton(models.Model):
    """A Stafettlogg plan's current holder and the offer (if any) waiting for its answer.
    A plan without a row is held by its coordinator."""

    plan = models.OneToOneField(PlanPage, on_delete=models.CASCADE, primary_key=True, related_name="baton")
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("stafettholder")
    )
    since = models.DateTimeField(_("stafettholder fra"), default=timezone.now)
    pending_offer = models.OneToOneField(BatonEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("stafett")
        verbose_name_plural = _("stafetter")

    def __str__(self):
        return f"{self.plan_id}: {self.holder_id}"


class BatonNoteKind(models.TextChoices):
    BRIGHT_SPOT = "bright_spot", _("Lysglimt")
    CONCERN = "concern", _("Undring/bekymring")


class BatonNote(models.Model):
    """A bright spot (lysglimt) or a concern (undring/bekymring), written like a log entry."""

    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="baton_notes")
    kind = models.CharField(_("type"), max_length=12, choices=BatonNoteKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("skrevet av")
    )
    created_at = models.DateTimeField(_("skrevet"), default=timezone.now)
    text = models.TextField(_("tekst"), max_length=10_000)

    class Meta:
        verbose_name = _("lysglimt eller bekymring")
        verbose_name_plural = _("lysglimt og bekymringer")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["plan", "-created_at"], name="batonnote_plan_latest")]

    def __str__(self):
        return f"{self.plan_id} {self.kind} {self.created_at:%Y-%m-%d %H:%M}"
