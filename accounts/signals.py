"""Sign-in events are logged (by account id only: no names, addresses or passwords), and an
account's sessions end when it is deactivated or its password changes."""

import logging

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save, pre_save
from django.dispatch import Signal, receiver

from accounts.sessions import end_all_sessions, forget_session, register_session

logger = logging.getLogger("samplan.security")

# Sent each time a sign-in identifies a person (ID-porten): kwargs pid_digest, name, request and
# user (the linked account, or None when no account holds that digest yet). A receiver that
# returns an account (an accepted invitation, say) makes that account the one signed in.
person_identified = Signal()


def account_id(username):
    """The id of the account a username names, or "unknown"; the username itself is not logged."""
    if not username:
        return "unknown"
    pk = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).values_list("pk", flat=True)
    return next(iter(pk), "unknown")


@receiver(user_logged_in)
def sign_in_succeeded(sender, request, user, **kwargs):
    register_session(request, user)
    logger.info("sign-in succeeded account=%s", user.pk)


@receiver(user_logged_out)
def signed_out(sender, request, user, **kwargs):
    forget_session(request.session.session_key)
    logger.info("sign-out account=%s", getattr(user, "pk", "unknown"))


@receiver(user_login_failed)
def sign_in_failed(sender, credentials, request=None, **kwargs):
    logger.warning("sign-in failed account=%s", account_id(credentials.get("username")))


@receiver(user_locked_out)
def locked_out(sender, request, username, ip_address, **kwargs):
    logger.warning("sign-in locked out account=%s", account_id(username))


WATCHED_FIELDS = {"is_active", "password"}


@receiver(pre_save, sender=settings.AUTH_USER_MODEL)
def remember_sign_in_state(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and not WATCHED_FIELDS & set(update_fields)):
        instance._stored_sign_in_state = None
        return
    instance._stored_sign_in_state = sender.objects.filter(pk=instance.pk).values("is_active", "password").first()


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def end_sessions_of_deactivated_or_repassworded_user(sender, instance, created, **kwargs):
    stored = getattr(instance, "_stored_sign_in_state", None)
    if created or not stored:
        return
    deactivated = stored["is_active"] and not instance.is_active
    if deactivated or stored["password"] != instance.password:
        if ended := end_all_sessions(instance):
            logger.info("sessions ended account=%s count=%s", instance.pk, ended)
