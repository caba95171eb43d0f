"""Sending the e-mails. They say only that something new waits in Samplan and link to the plan:
no person, no plan content, and only to someone who may still see the plan."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from planpages.access import PlanAccess
from planpages.models import Notification, NotificationKind
from planpages.tree_shortcuts import absolute_plan_url


def deliverable(notification):
    """Only to someone who may still see the plan, and who has an address."""
    return bool(notification.user.email) and PlanAccess(notification.user, notification.plan).can_view


CONSENT_EXPIRY = "consent-expiry:"


def reminder_of(notification):
    """Which reminder an e-mail is: "consent" (a consent ends in 30 days), "date" (a meeting or
    evaluation in a week), or "" for news."""
    if notification.kind != NotificationKind.REMINDER:
        return ""
    return "consent" if notification.key.startswith(CONSENT_EXPIRY) else "date"


def send_email(user, plans, reminder=""):
    body = render_to_string(
        "notifications/email/notification.txt",
        {"links": [absolute_plan_url(plan) for plan in plans], "reminder": reminder},
    )
    send_mail(_("Nytt i Samplan"), body, None, [user.email])


def send_immediately(notification_ids):
    pending = Notification.objects.filter(pk__in=notification_ids, sent_at__isnull=True).select_related("user", "plan")
    for notification in pending:
        if deliverable(notification):
            send_email(notification.user, [notification.plan], reminder=reminder_of(notification))
        Notification.objects.filter(pk=notification.pk).update(sent_at=timezone.now())


def send_digests():
    """One e-mail per user for everything waiting in their daily digest. Returns how many were sent."""
    pending = Notification.objects.filter(digest=True, sent_at__isnull=True).select_related("user", "plan")
    by_user = {}
    for notification in pending.order_by("user_id", "created_at"):
        by_user.setdefault(notification.user, []).append(notification)
    sent = 0
    for user, notifications in by_user.items():
        plans = list({n.plan_id: n.plan for n in notifications if deliverable(n)}.values())
        if plans:
            send_email(user, plans)
            sent += 1
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(sent_at=timezone.now())
    return sent
