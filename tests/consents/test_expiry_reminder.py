"""Thirty days before a consent ends, the coordinator and the one who gave it are reminded, once,
in an e-mail that names no one and nothing of the plan."""

import datetime

from django.core import mail
from django.utils import timezone

from notifications.services import queue_reminders

from .test_consent_access import give

IN_30_DAYS = timezone.localdate() + datetime.timedelta(days=30)


def with_addresses(*users):
    for number, user in enumerate(users):
        user.email = f"person{number}@example.no"
        user.save(update_fields=["email"])


def queue(capture):
    with capture(execute=True):
        queue_reminders()


def test_coordinator_and_giver_are_reminded_once_30_days_before_the_consent_ends(
    world, django_capture_on_commit_callbacks
):
    plan, owner, reader, other = world
    with_addresses(plan.coordinator, owner, reader, other)
    consent = give(plan, owner, reader, other, valid_until=IN_30_DAYS)
    queue(django_capture_on_commit_callbacks)
    queue(django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([plan.coordinator.email, owner.email])
    message = mail.outbox[0]
    assert message.subject == "Nytt i Samplan"
    assert "Om 30 dager går et samtykke ut" in message.body
    assert plan.person_name not in message.body and owner.get_full_name() not in message.body
    consent.refresh_from_db()
    assert consent.reminder_sent_at is not None


def test_a_consent_ending_later_or_withdrawn_gives_no_reminder(world, django_capture_on_commit_callbacks):
    from planpages.consenting import withdraw_consent

    plan, owner, reader, other = world
    with_addresses(plan.coordinator, owner, reader, other)
    give(plan, owner, reader, valid_until=IN_30_DAYS + datetime.timedelta(days=1))
    withdraw_consent(give(plan, owner, other, valid_until=IN_30_DAYS), owner)
    queue(django_capture_on_commit_callbacks)
    assert mail.outbox == []
