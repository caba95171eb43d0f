"""E-mail notifications: who is told what, as Notification rows, queued for delivery. The
e-mails (notifications.delivery) say only that something new waits; each user chooses
immediate, daily digest or off."""

import datetime

from django.db import transaction
from django.utils import timezone

from notifications.tasks import send_notifications
from planpages.membership import member_ids
from planpages.models import Notification, NotificationFrequency, NotificationKind, NotificationPreference, PlanPage
from planpages.plan_summary import meeting_start
from planpages.plan_types import PlanStatus

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
        transaction.on_commit(lambda: send_notifications.enqueue(immediate))
    return created


def notify_plan_members(plan, actor, kind):
    """Tell the plan's other participants and its coordinator that `actor` added something."""
    return create_notifications(plan, member_ids(plan) - {actor.pk}, kind)


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
