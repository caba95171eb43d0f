"""Which sessions belong to whom (so all of a user's sessions can be ended at once), and which
person an account is (by a keyed digest of the identity number)."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class UserSession(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signed_in_sessions")
    session_key = models.CharField(max_length=40, unique=True)
    signed_in_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"session of user {self.user_id}"


class PersonIdentity(models.Model):
    """Links an account to a person as ID-porten identifies them: only a keyed digest of the
    national identity number is kept (accounts.identity.pid_digest), never the number."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="person_identity")
    pid_digest = models.CharField(max_length=64, unique=True)
    linked_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"identity of user {self.user_id}"


class ProviderSession(models.Model):
    """Which Samplan session a provider's sign-in session (its `sid`, and the person's `sub` there)
    started, so the provider's logout (front- or back-channel) can end it."""

    provider = models.CharField(max_length=64)
    sid = models.CharField(max_length=255, blank=True)
    sub = models.CharField(max_length=255)
    session_key = models.CharField(max_length=40, db_index=True)
    signed_in_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["provider", "sid"], name="provider_session_sid"),
            models.Index(fields=["provider", "sub"], name="provider_session_sub"),
        ]

    def __str__(self):
        return f"{self.provider} session"
