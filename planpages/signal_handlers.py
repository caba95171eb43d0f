"""Signal receivers that keep access in step with accounts, and mark where a sign-in lands."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver

from planpages.membership import sync_user_plans
from planpages.ways_in import remember_landing


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def resync_access_of_changed_account(sender, instance, created, update_fields=None, **kwargs):
    """Deactivating an account withdraws its plans at once; reactivating restores them. Saves
    that cannot touch `is_active` (such as recording the last sign-in) are skipped."""
    if not created and (update_fields is None or "is_active" in update_fields):
        sync_user_plans(instance)


@receiver(user_logged_in)
def land_local_administrators_in_the_admin(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        remember_landing(request, user)
