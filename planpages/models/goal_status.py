"""A goal's status as evaluations set it: each change a row (who, when, from, to), appended by
collaboration.services.add_evaluation, so no editor form, revision or revert can drop one."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from planpages.blocks import GOAL_STATUS_CHOICES
from planpages.models.collaboration import Evaluation
from planpages.models.pages import PlanPage


class GoalStatusChange(models.Model):
    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="goal_status_changes")
    evaluation = models.ForeignKey(Evaluation, on_delete=models.PROTECT, related_name="status_changes")
    # The goal's block id (a main goal) or list item id (a sub-goal), and its title at the time,
    # so the history stays readable after the goal is renamed or removed.
    goal_id = models.CharField(max_length=64)
    goal_title = models.CharField(_("mål"), max_length=300)
    from_status = models.CharField(_("fra"), max_length=20, choices=GOAL_STATUS_CHOICES)
    to_status = models.CharField(_("til"), max_length=20, choices=GOAL_STATUS_CHOICES)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("endret av")
    )
    changed_at = models.DateTimeField(_("endret"), default=timezone.now)

    class Meta:
        verbose_name = _("statusendring for mål")
        verbose_name_plural = _("statusendringer for mål")
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["plan", "goal_id"], name="goalstatus_plan_goal")]

    def __str__(self):
        return f"{self.goal_id}: {self.from_status} → {self.to_status}"
