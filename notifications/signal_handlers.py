"""Publishing a plan with a new meeting tells its members (once per meeting)."""

from django.dispatch import receiver
from wagtail.signals import page_published

from notifications.services import announce_new_meetings
from planpages.models import PlanPage


@receiver(page_published, sender=PlanPage)
def announce_meetings_on_publish(sender, instance, revision=None, **kwargs):
    announce_new_meetings(instance, revision.user_id if revision else None)
