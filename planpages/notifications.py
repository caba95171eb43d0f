"""E-mail notifications. They say only that something new waits in Samplan and link to the
plan: no person, no plan content. Each user chooses immediate, daily digest or off."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Notification, NotificationFrequency, NotificationKind, NotificationPreference, PlanPage
from .permissions import PlanAccess
from .plan_summary import meeting_start
from .plan_types import PlanStatus
from .privacy import member_ids

REMINDER_LEAD = datetime.timedelta(days=7)


def frequencies(user_ids):
    chosen = dict(NotificationPreference.objects.filter(user_id__in=user_ids).values_list("user_id", "frequency"))
    return {user_id: chosen.get(user_id, NotificationFrequency.IMMEDIATE) for user_id in user_ids}


def create_notifications(plan, user_ids, kind, key=""):
    """Rows for everyone who wants to hear; immediate ones are sent once the transaction commits."""
    rows = [
        Notification(user_id=user_id, plan=plan, kind=kind, key=key, digest=frequency == NotificationFrequency.DAILY)
        for user_id, frequency in frequencies(user_ids).items()
        if frequency != NotificationFrequency.OFF
    ]
    if key:
        already = set(Notification.objects.filter(key=key, user_id__in=user_ids).values_list("user_id", flat=True))
        rows = [row for row in rows if row.user_id not in already]
    created = Notification.objects.bulk_create(rows)
    immediate = [row.pk for row in created if not row.digest]
    if immediate:
        from .tasks import send_notifications

        transaction.on_commit(lambda: send_notifications.enqueue(immediate))
    return created


def notify_plan_members(plan, actor, kind):
    """Tell the plan's other participants and its coordinator that `actor` added something."""
    return create_notifications(plan, member_ids(plan) - {actor.pk}, kind)


def plan_link(plan):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + plan.url


def deliverable(notification):
    """Only to someone who may still see the plan, and who has an address."""
    return bool(notification.user.email) and PlanAccess(notification.user, notification.plan).can_view


def send_email(user, plans, reminder=False):
    body = render_to_string(
        "planpages/email/notification.txt",
        {"links": [plan_link(plan) for plan in plans], "reminder": reminder},
    )
    send_mail(_("Nytt i Samplan"), body, None, [user.email])


def send_immediately(notification_ids):
    pending = Notification.objects.filter(pk__in=notification_ids, sent_at__isnull=True).select_related("user", "plan")
    for notification in pending:
        if deliverable(notification):
            send_email(notification.user, [notification.plan], reminder=notification.kind == NotificationKind.REMINDER)
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


def reminders_due(today):
    """(plan, key) for every evaluation and meeting exactly a week after `today` on open plans."""
    day = today + REMINDER_LEAD
    plans = PlanPage.objects.live().exclude(status=PlanStatus.CLOSED).select_related("coordinator")
    for plan in plans:
        if plan.next_evaluation_date == day:
            yield plan, f"evaluation:{plan.pk}:{day.isoformat()}"
        for child in plan.body:
            if child.block_type == "meeting" and timezone.localtime(meeting_start(child)).date() == day:
                yield plan, f"meeting:{child.id}:{day.isoformat()}"


def queue_reminders(today=None):
    """Run daily: reminds every member a week ahead. Running it twice a day reminds once."""
    today = today or timezone.localdate()
    count = 0
    for plan, key in reminders_due(today):
        with transaction.atomic():
            count += len(create_notifications(plan, member_ids(plan), NotificationKind.REMINDER, key=key))
    return count


def announce_new_meetings(plan, actor_id=None):
    """Tell the members about each meeting block once, the first time a version with it is published."""
    for child in plan.body:
        if child.block_type == "meeting":
            create_notifications(
                plan, member_ids(plan) - {actor_id}, NotificationKind.MEETING, key=f"meeting-added:{child.id}"
            )
