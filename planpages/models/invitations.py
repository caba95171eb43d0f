"""Invitations of people who are not in Samplan yet: to a plan (a pending participant) or, from
a local administrator, to be a municipality's coordinator. The person is known only by the
keyed digest of their identity number; the link's token is kept only as a hash. The first
ID-porten sign-in with a matching digest takes the invitation (the invitations app)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import MunicipalityPage
from planpages.models.participants import PlanParticipant


class InvitationKind(models.TextChoices):
    PARTICIPANT = "participant", _("Deltaker i en plan")
    COORDINATOR = "coordinator", _("Koordinator")


class InvitationStatus(models.TextChoices):
    SENT = "sent", _("Sendt")
    ACCEPTED = "accepted", _("Tatt i bruk")
    WITHDRAWN = "withdrawn", _("Trukket tilbake")


class InvitationQuerySet(models.QuerySet):
    def open(self, now=None):
        """Sent, not yet taken, withdrawn or expired."""
        return self.filter(status=InvitationStatus.SENT, expires_at__gt=now or timezone.now())

    def linkable(self, now=None):
        """Open, and to a participation that has not been ended in the meantime."""
        return self.open(now).exclude(participant__access_until__lt=timezone.localdate())


class Invitation(models.Model):
    kind = models.CharField(max_length=20, choices=InvitationKind.choices)
    participant = models.OneToOneField(
        PlanParticipant, null=True, blank=True, on_delete=models.CASCADE, related_name="invitation"
    )
    municipality = models.ForeignKey(
        MunicipalityPage, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("navn"), max_length=200)
    pid_digest = models.CharField(max_length=64, db_index=True)
    email = models.EmailField(_("e-postadresse"), blank=True)
    phone = models.CharField(_("mobilnummer"), max_length=20, blank=True)
    # SHA-256 of the link's token; empty from the moment a new link is asked for until it is sent.
    token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    status = models.CharField(max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.SENT)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitasjon")
        verbose_name_plural = _("invitasjoner")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="participant") & Q(participant__isnull=False) & Q(municipality__isnull=True))
                | (Q(kind="coordinator") & Q(municipality__isnull=False) & Q(participant__isnull=True)),
                name="invitation_to_a_plan_or_a_municipality",
            ),
            # Where to send it, while it can be sent; forgotten once taken or withdrawn.
            models.CheckConstraint(
                condition=~Q(status="sent") | ~Q(email="") | ~Q(phone=""),
                name="open_invitation_has_an_address_or_a_number",
            ),
        ]

    def __str__(self):
        return f"invitation {self.pk}"

    @property
    def is_expired(self):
        return self.status == InvitationStatus.SENT and self.expires_at <= timezone.now()

    @property
    def state_label(self):
        """Sendes (its link not made yet), Sendt, Utløpt, Tatt i bruk or Trukket tilbake."""
        if self.is_expired:
            return _("Utløpt")
        if self.status == InvitationStatus.SENT and self.token_hash is None:
            return _("Sendes")
        return self.get_status_display()
