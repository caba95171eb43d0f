"""What the responsibility group writes over time. These are rows, not StreamField blocks,
so that no editor form, revision or revert of the plan page can ever drop one."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.models.pages import PlanPage


class LogEntry(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="log_entries")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("skrevet av")
    )
    created_at = models.DateTimeField(_("skrevet"), default=timezone.now, db_index=True)
    text = models.TextField(_("tekst"), max_length=10_000)

    class Meta:
        verbose_name = _("loggføring")
        verbose_name_plural = _("loggføringer")
        ordering = ["-created_at"]
        # A plan's latest entries: without it PostgreSQL walks the created_at index of all
        # plans' entries backwards (millions of rows at national scale) filtering on the plan.
        indexes = [models.Index(fields=["plan", "-created_at"], name="logentry_plan_latest")]

    def __str__(self):
        return f"{self.plan_id} {self.created_at:%Y-%m-%d %H:%M}"


class PlanVisit(models.Model):
    """When a user last opened a plan: drives "nytt siden sist" on the dashboard."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="+")
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "plan"], name="one_visit_row_per_user_and_plan")]

    def __str__(self):
        return f"{self.user_id}@{self.plan_id}"
