"""Consent (samtykke) to a plan: rows, never StreamField content. Given, refused or withdrawn by
the plan owner side (or recorded by the coordinator as given on paper), with the text shown and
its digest, the participants it covers and until when. A withdrawal keeps the row."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage
from planpages.models.participants import PlanParticipant


class ConsentStatus(models.TextChoices):
    GIVEN = "given", _("Gitt")
    REFUSED = "refused", _("Ikke gitt")
    WITHDRAWN = "withdrawn", _("Trukket tilbake")


class ConsentGiver(models.TextChoices):
    OWNER = "owner", _("Planeieren selv")
    GUARDIAN = "guardian", _("Foresatt/verge for barn under 16 år")


class ConsentQuerySet(models.QuerySet):
    def current(self, today=None):
        """Given, not withdrawn, and valid today."""
        return self.filter(status=ConsentStatus.GIVEN, valid_until__gte=today or timezone.localdate())


class Consent(models.Model):
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="consents")
    status = models.CharField(_("status"), max_length=10, choices=ConsentStatus.choices)
    # The account that gave or refused it; for a consent on paper, the coordinator who recorded it.
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("registrert av")
    )
    on_paper = models.BooleanField(_("gitt på papir"), default=False)
    giver_name = models.CharField(_("navn på den som ga samtykket"), max_length=200)
    on_behalf_of = models.CharField(_("gitt som"), max_length=10, choices=ConsentGiver.choices)
    text_version = models.CharField(_("tekstversjon"), max_length=20)
    text = models.TextField(_("teksten som ble vist"))
    text_digest = models.CharField(_("SHA-256 av teksten"), max_length=64)
    covers = models.ManyToManyField(PlanParticipant, blank=True, related_name="consents", verbose_name=_("gjelder"))
    valid_until = models.DateField(_("gyldig til og med"), null=True, blank=True)
    # How the giver was signed in: "idporten" with the sign-in level (acr), "password" or "paper".
    signed_in_with = models.CharField(_("innlogget med"), max_length=40)
    sign_in_level = models.CharField(_("innloggingsnivå"), max_length=60, blank=True)
    decided_at = models.DateTimeField(_("tidspunkt"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("trukket tilbake"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("samtykke")
        verbose_name_plural = _("samtykker")
        ordering = ["-decided_at", "-pk"]
        indexes = [models.Index(fields=["plan", "status", "valid_until"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="refused") | Q(valid_until__isnull=False), name="given_consent_has_an_end_date"
            ),
            models.CheckConstraint(
                condition=Q(status="withdrawn", withdrawn_at__isnull=False) | ~Q(status="withdrawn"),
                name="withdrawn_consent_says_when",
            ),
        ]

    def __str__(self):
        return f"consent {self.pk}"

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return self.status == ConsentStatus.GIVEN and self.valid_until is not None and self.valid_until >= today
