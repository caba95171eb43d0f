"""What a revision, a stale editor form or a scheduled publish of a plan must never change."""

from django.db import models

# Who coordinates the plan and what holds its privacy belong to the plan, not to a revision:
# they change only through their own screens (handover, membership sync).
PLAN_NOT_REVISION_FIELDS = ("coordinator_id", "access_group_id", "collection_id", "last_activity_at")


class SafekeepingMixin(models.Model):
    """A page built from a revision keeps the live row's coordinator, privacy objects and last
    activity. Participants are not part of revisions at all (PlanParticipant is a plain row)."""

    class Meta:
        abstract = True

    def with_content_json(self, content):
        page = super().with_content_json(content)
        for field in PLAN_NOT_REVISION_FIELDS:
            setattr(page, field, getattr(self, field))
        return page
