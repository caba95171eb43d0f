"""Signal receivers that keep access in step with accounts."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .archive import archive_closed_plan
from .models import PlanPage
from .privacy import sync_user_plans


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def withdraw_access_of_deactivated_user(sender, instance, created, update_fields=None, **kwargs):
    if not created and not instance.is_active:
        sync_user_plans(instance)


@receiver(page_published, sender=PlanPage)
def archive_plan_on_close(sender, instance, revision, **kwargs):
    archive_closed_plan(instance, revision, revision.user)
