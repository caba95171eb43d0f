"""Publishing a plan with status "Avsluttet" stores an archive copy of it."""

from django.dispatch import receiver
from wagtail.signals import page_published

from exports.archive import archive_closed_plan
from planpages.models import PlanPage


@receiver(page_published, sender=PlanPage)
def archive_plan_on_close(sender, instance, revision, **kwargs):
    archive_closed_plan(instance, revision, revision.user)
