"""Who wants to be told about what, and what is waiting to be told."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage


class NotificationFrequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Med en gang")
    DAILY = "daily", _("Én samlet e-post om dagen")
    OFF = "off", _("Ikke send e-post")


class NotificationPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    frequency = models.CharField(
        _("e-postvarsler"),
        max_length=10,
        choices=NotificationFrequency.choices,
        default=NotificationFrequency.IMMEDIATE,
    )

    class Meta:
        verbose_name = _("varslingsvalg")
        verbose_name_plural = _("varslingsvalg")

    def __str__(self):
        return f"{self.user_id}: {self.frequency}"


class NotificationKind(models.TextChoices):
    LOG_ENTRY = "log_entry", _("loggføring")
    EVALUATION = "evaluation", _("evaluering")
    MEETING = "meeting", _("møte")
    MESSAGE = "message", _("melding")
    ATTACHMENT = "attachment", _("vedlegg")
    REMINDER = "reminder", _("påminnelse")
    BATON_OFFER = "baton_offer", _("stafettloggen tilbudt")


class Notification(models.Model):
    """One thing one user is to be told about; `sent_at` is set once an e-mail carried it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    # Set for reminders so that running the daily command twice reminds once.
    key = models.CharField(max_length=120, blank=True)
    digest = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], condition=~Q(key=""), name="one_reminder_per_user_and_key")
        ]
        indexes = [models.Index(fields=["digest", "sent_at"])]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.created_at:%Y-%m-%d %H:%M}"
