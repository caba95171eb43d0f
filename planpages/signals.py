"""Signal receivers that keep access in step with accounts."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .privacy import sync_user_plans


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def withdraw_access_of_deactivated_user(sender, instance, created, update_fields=None, **kwargs):
    if not created and not instance.is_active:
        sync_user_plans(instance)
