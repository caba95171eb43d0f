"""Appending a log entry from the API. The lead points this at the shared write path
(planpages/writes.py) when the branches are merged."""

from django.db import transaction
from django.utils import timezone

from ..models import LogEntry, PlanPage
from ..permissions import PlanAccess


class WriteRefused(Exception):
    """The caller may view the plan but not write to it (read access, or a closed plan)."""


def append_log_entry(plan_id, user, text):
    """Lock the plan row, check the rule again under the lock, append, bump last activity."""
    with transaction.atomic():
        plan = PlanPage.objects.select_for_update().get(pk=plan_id)
        if not PlanAccess(user, plan).can_write:
            raise WriteRefused
        entry = LogEntry.objects.create(plan=plan, author=user, text=text, created_at=timezone.now())
        PlanPage.objects.filter(pk=plan.pk).update(last_activity_at=entry.created_at)
    return entry
