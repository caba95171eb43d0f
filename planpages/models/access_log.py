"""The innsynslogg: an append-only record of every read of plan content, granted or denied."""

from django.conf import settings
from django.db import connections, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised on any attempt to change or remove an access record."""


PURGE_SETTING = "samplan.access_log_purge"


def allow_retention_purge(connection):
    """On PostgreSQL a trigger refuses UPDATE and DELETE on the table; it lets a DELETE through
    only inside a transaction that has set this flag (see the migration)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'on', true)", [PURGE_SETTING])


class AccessRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Tilgangsloggen kan ikke endres.")

    def delete(self):
        raise AppendOnlyError("Tilgangsloggen kan ikke slettes.")

    def purge_expired_for_retention(self, cutoff):
        """The one deliberate way around the append-only guard: remove records older than
        `cutoff` when the retention period has passed (purge_access_log). Returns the count."""
        with transaction.atomic(using=self.db):
            allow_retention_purge(connections[self.db])
            deleted, _per_model = models.QuerySet.delete(self.filter(at__lt=cutoff))
        return deleted


class AccessRecord(models.Model):
    class Channel(models.TextChoices):
        WEB = "web", _("nettsiden")
        API = "api", _("API")
        ADMIN = "admin", _("administrasjonen")

    # Plain references rather than constraints: a record outlives the plan and the account.
    plan = models.ForeignKey("planpages.PlanPage", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    user_display = models.CharField(_("hvem"), max_length=300)
    role_display = models.CharField(_("rolle på planen"), max_length=300, blank=True)
    what = models.CharField(_("hva"), max_length=100)
    channel = models.CharField(_("hvordan"), max_length=10, choices=Channel.choices)
    granted = models.BooleanField(_("tilgang gitt"), default=True)
    at = models.DateTimeField(_("tidspunkt (UTC)"), default=timezone.now, db_index=True)

    objects = AccessRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("tilgangslogg")
        verbose_name_plural = _("tilgangslogg")
        indexes = [models.Index(fields=["plan", "-at"]), models.Index(fields=["user", "-at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_display} {self.what}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Tilgangsloggen kan ikke endres.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Tilgangsloggen kan ikke slettes.")
