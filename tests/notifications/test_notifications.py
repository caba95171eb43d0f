"""E-mail notifications read from Django's test outbox: who gets them, that they carry no
personal data or plan content, each user's choice, digests and reminders."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from collaboration import services
from notifications.services import queue_reminders
from planpages.membership import sync_plan_access
from planpages.models import NotificationFrequency, NotificationPreference, PlanParticipant
from planpages.participation import add_participant
from tests.factories import meeting_block
from tests.team import make_team


def choose(user, frequency):
    NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency})


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def assert_free_of_personal_data(message, team):
    text = message.subject + message.body
    for secret in ("Kari Hemmelig", "Hemmelig tekst", team.writer.get_full_name(), team.writer.username):
        assert secret not in text


def test_log_entry_notifies_the_other_participants_and_the_coordinator(team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.add_log_entry(team.plan, team.writer, {"text": "Hemmelig tekst"})
    assert recipients() == ["koordinator@example.no", "leser@example.no"]


@pytest.mark.parametrize("write", ["log", "message", "minutes"])
def test_notification_names_no_person_and_no_plan_content(team, django_capture_on_commit_callbacks, write):
    meeting = next(child.id for child in team.plan.body if child.block_type == "meeting")
    calls = {
        "log": lambda: services.add_log_entry(team.plan, team.writer, {"text": "Hemmelig tekst"}),
        "message": lambda: services.post_message(team.plan, team.writer, {"text": "Hemmelig tekst"}),
        "minutes": lambda: services.save_minutes(
            team.plan, team.writer, {"meeting_id": meeting, "text": "Hemmelig tekst"}
        ),
    }
    with django_capture_on_commit_callbacks(execute=True):
        calls[write]()
    assert mail.outbox
    for message in mail.outbox:
        assert message.subject == "Nytt i Samplan"
        assert "http://127.0.0.1:8000" + team.plan.url in message.body
        assert_free_of_personal_data(message, team)


def test_nothing_is_sent_before_the_write_commits(team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.add_log_entry(team.plan, team.writer, {"text": "x"})
    assert mail.outbox == [] and len(callbacks) == 1


def test_a_refused_write_notifies_nobody(team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.WriteRefused):
        services.add_log_entry(team.plan, team.reader, {"text": "x"})
    assert mail.outbox == []


def test_user_who_chose_off_gets_nothing(team, django_capture_on_commit_callbacks):
    choose(team.reader, NotificationFrequency.OFF)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_message(team.plan, team.writer, {"text": "x"})
    assert recipients() == ["koordinator@example.no"]


def test_participant_whose_access_ended_is_not_told(team, django_capture_on_commit_callbacks):
    PlanParticipant.objects.filter(user=team.reader).update(access_until=timezone.localdate() - datetime.timedelta(1))
    sync_plan_access(team.plan)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_message(team.plan, team.writer, {"text": "x"})
    assert recipients() == ["koordinator@example.no"]


def test_daily_digest_groups_everything_pending_into_one_email(plan_factory, django_capture_on_commit_callbacks):
    first = make_team(plan_factory)
    second = make_team(plan_factory, prefix="b-")
    add_participant(second.plan, second.plan.coordinator, user=first.reader)
    choose(first.reader, NotificationFrequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        services.add_log_entry(first.plan, first.writer, {"text": "Hemmelig tekst"})
        services.post_message(first.plan, first.writer, {"text": "Hemmelig tekst"})
        services.post_message(second.plan, second.writer, {"text": "Hemmelig tekst"})
    assert "leser@example.no" not in recipients()
    mail.outbox.clear()

    call_command("send_notification_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert [message.to for message in mail.outbox] == [["leser@example.no"]]
    digest = mail.outbox[0]
    assert digest.subject == "Nytt i Samplan"
    assert first.plan.url in digest.body and second.plan.url in digest.body
    assert digest.body.count(first.plan.url) == 1
    assert_free_of_personal_data(digest, first)
    mail.outbox.clear()
    call_command("send_notification_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


def test_reminder_a_week_before_a_meeting_is_sent_once(plan_factory, django_capture_on_commit_callbacks):
    make_team(plan_factory, body=[meeting_block(7)])
    with django_capture_on_commit_callbacks(execute=True):
        queue_reminders()
    with django_capture_on_commit_callbacks(execute=True):
        queue_reminders()
    assert recipients() == ["koordinator@example.no", "leser@example.no", "skriver@example.no"]
    assert all(message.subject == "Nytt i Samplan" for message in mail.outbox)
    assert "Om en uke" in mail.outbox[0].body


def test_reminder_a_week_before_the_evaluation_date(plan_factory, django_capture_on_commit_callbacks):
    team = make_team(plan_factory, body=[])
    team.plan.next_evaluation_date = timezone.localdate() + datetime.timedelta(days=7)
    team.plan.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 3


def test_no_reminder_for_a_meeting_further_away(plan_factory, django_capture_on_commit_callbacks):
    make_team(plan_factory, body=[meeting_block(9)])
    with django_capture_on_commit_callbacks(execute=True):
        queue_reminders()
    assert mail.outbox == []


def test_user_chooses_frequency_on_the_settings_page(team, client):
    client.force_login(team.reader)
    assert 'href="/innstillinger/varsler/"' in client.get("/profil/").content.decode()
    response = client.post("/innstillinger/varsler/", {"frequency": "daily"})
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=team.reader).frequency == NotificationFrequency.DAILY


def test_settings_page_needs_sign_in(client, db):
    assert client.get("/innstillinger/varsler/").status_code == 302


# The worker closes database connections between tasks, so this test cannot run inside a test transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_production_worker_sends_queued_notifications(team, settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail.outbox.clear()  # the announcement of the plan's first meeting, sent before the switch
    with django_capture_on_commit_callbacks(execute=True):
        services.post_message(team.plan, team.writer, {"text": "x"})
    assert mail.outbox == []  # queued, not sent in the request
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert recipients() == ["koordinator@example.no", "leser@example.no"]


def test_publishing_a_new_meeting_tells_the_members_once(team, django_capture_on_commit_callbacks):
    plan = team.plan
    plan.body.append(("meeting", plan.body[1].value))
    with django_capture_on_commit_callbacks(execute=True):
        plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator)
    assert recipients() == ["leser@example.no", "skriver@example.no"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator)
    assert mail.outbox == []
