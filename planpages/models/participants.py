"""The people on a plan: its ansvarsgruppe. Plain rows, outside page revisions, so no publish,
revert, stale editor form or scheduled publish can change who is on a plan. They change only
through planpages.participation, which writes each change to the plan's history."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage
from planpages.people import display_name
from planpages.plan_types import Access, ParticipantRole


class PlanParticipant(models.Model):
    page = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="participants")
    # Empty while the person is invited and has not signed in yet (a pending participant).
    # Once set it never changes: a row is one person's participation.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bruker"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan_participations",
    )
    name = models.CharField(_("navn"), max_length=200, blank=True, help_text=_("Navnet på en invitert person."))
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
    added_at = models.DateTimeField(_("lagt til"), default=timezone.now, editable=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("deltaker")
        verbose_name_plural = _("deltakere")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"], condition=models.Q(user__isnull=False), name="one_participation_per_plan"
            )
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return display_name(self.user, nobody=self.name)

    @property
    def is_pending(self):
        return self.user_id is None

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return (
            self.user_id is not None
            and self.user.is_active
            and (self.access_until is None or self.access_until >= today)
        )

    def has_ended(self, today=None):
        today = today or timezone.localdate()
        return self.access_until is not None and self.access_until < today
