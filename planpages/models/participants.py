"""The people on a plan: its ansvarsgruppe."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from planpages.models.pages import PlanPage
from planpages.plan_types import Access, ParticipantRole


class PlanParticipant(Orderable):
    page = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("bruker"), on_delete=models.PROTECT, related_name="plan_participations"
    )
    role = models.CharField(
        _("rolle"), max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.PARTICIPANT
    )
    profession = models.CharField(_("stilling"), max_length=100, blank=True, help_text=_("For eksempel «lærer»."))
    organisation = models.CharField(
        _("virksomhet eller tjeneste"), max_length=200, blank=True, help_text=_("For eksempel «Nordby skole».")
    )
    access = models.CharField(_("tilgang"), max_length=10, choices=Access.choices, default=Access.READ)
    access_until = models.DateField(
        _("tilgang til og med"),
        null=True,
        blank=True,
        help_text=_("Tilgangen opphører av seg selv etter denne datoen."),
    )

    panels = [
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("access")]),
        FieldRowPanel([FieldPanel("profession"), FieldPanel("organisation")]),
        FieldPanel("access_until"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("deltaker")
        verbose_name_plural = _("deltakere")
        constraints = [models.UniqueConstraint(fields=["page", "user"], name="one_participation_per_plan")]

    def __str__(self):
        return str(self.user)

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return self.user.is_active and (self.access_until is None or self.access_until >= today)
