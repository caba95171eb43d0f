"""Signal receivers that keep access in step with accounts."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from planpages.membership import sync_user_plans


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def resync_access_of_changed_account(sender, instance, created, update_fields=None, **kwargs):
    """Deactivating an account withdraws its plans at once; reactivating restores them. Saves
    that cannot touch `is_active` (such as recording the last sign-in) are skipped."""
    if not created and (update_fields is None or "is_active" in update_fields):
        sync_user_plans(instance)
