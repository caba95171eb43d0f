"""Archive copies: PDF snapshots of a plan revision, kept for the municipality's archive."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage


def archive_copy_path(copy, filename):
    # Opaque: file names end up in storage listings and backups.
    return f"plan-archive/{copy.plan_id}/{secrets.token_hex(8)}.pdf"


class PlanArchiveCopy(models.Model):
    class Reason(models.TextChoices):
        MANUAL = "manual", _("lagret av koordinator")
        CLOSED = "closed", _("planen ble avsluttet")

    # Like the access log, an archive copy outlives the plan page it was made from.
    plan = models.ForeignKey(PlanPage, on_delete=models.DO_NOTHING, db_constraint=False, related_name="archive_copies")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("versjon")
    )
    file = models.FileField(_("fil"), upload_to=archive_copy_path)
    created_at = models.DateTimeField(_("lagret"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lagret av"),
    )
    created_by_display = models.CharField(_("lagret av"), max_length=300)
    reason = models.CharField(_("grunn"), max_length=10, choices=Reason.choices, default=Reason.MANUAL)

    class Meta:
        verbose_name = _("arkivkopi")
        verbose_name_plural = _("arkivkopier")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.plan_id} {self.created_at:%Y-%m-%d %H:%M}"
