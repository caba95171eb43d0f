"""What an editor form, a revert or a scheduled publish of a plan must never take away."""

from django.db import models


class SafekeepingMixin(models.Model):
    """Participants are only ever added or given an access end date, never dropped: a page
    built from an older revision or a stale editor form gets back every participant row
    that exists now. And `last_activity_at` belongs to the plan, not to a revision."""

    class Meta:
        abstract = True

    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.last_activity_at = self.last_activity_at
        return page

    def save(self, *args, **kwargs):
        if self.pk:
            self.keep_existing_participants()
        return super().save(*args, **kwargs)

    def keep_existing_participants(self):
        from planpages.models.participants import PlanParticipant

        present = {participant.pk for participant in self.participants.all() if participant.pk}
        missing = PlanParticipant.objects.filter(page_id=self.pk).exclude(pk__in=present)
        self.participants.add(*missing)
