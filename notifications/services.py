"""E-mail notifications: who is told what, as Notification rows, queued for delivery. The
e-mails (notifications.delivery) say only that something new waits; each user chooses
immediate, daily digest or off."""

import datetime

from django.db import transaction
from django.utils import timezone

from notifications.delivery import CONSENT_EXPIRY
from notifications.tasks import send_notifications
from planpages.membership import member_ids
from planpages.models import (
    Consent,
    Notification,
    NotificationFrequency,
    NotificationKind,
    NotificationPreference,
    PlanPage,
)
from planpages.plan_summary import meeting_start
from planpages.plan_types import PlanStatus

REMINDER_LEAD = datetime.timedelta(days=7)
CONSENT_REMINDER_LEAD = datetime.timedelta(days=30)


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


def consent_reminders_due(today):
    """(plan, recipients, key) for each current consent that ends 30 days after `today` on an open
    plan: the coordinator is told, and the one who gave it unless it was given on paper."""
    ending = Consent.objects.current(today).filter(valid_until=today + CONSENT_REMINDER_LEAD)
    ending = ending.filter(plan__live=True).exclude(plan__status=PlanStatus.CLOSED).select_related("plan")
    for consent in ending:
        recipients = {consent.plan.coordinator_id} | (set() if consent.on_paper else {consent.given_by_id})
        yield consent.plan, recipients - {None}, f"{CONSENT_EXPIRY}{consent.pk}"
    ending.filter(reminder_sent_at__isnull=True).update(reminder_sent_at=timezone.now())


def queue_reminders(today=None):
    """Run daily: reminds every member a week ahead of evaluations and meetings, and the coordinator
    and the giver 30 days before a consent ends. Running it twice a day reminds once."""
    today = today or timezone.localdate()
    due = [(plan, member_ids(plan), key) for plan, key in reminders_due(today)]
    due += list(consent_reminders_due(today))
    count = 0
    for plan, recipients, key in due:
        with transaction.atomic():
            count += len(create_notifications(plan, recipients, NotificationKind.REMINDER, key=key))
    return count


def announce_new_meetings(plan, actor_id=None):
    """Tell the members about each meeting block once, the first time a version with it is published."""
    for child in plan.body:
        if child.block_type == "meeting":
            create_notifications(
                plan, member_ids(plan) - {actor_id}, NotificationKind.MEETING, key=f"meeting-added:{child.id}"
            )
