"""What participants wrote, and who is on the plan, survive the coordinator's editor: a stale
form published after the writes, a revert to an older revision and scheduled publishing."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from collaboration import services
from planpages.membership import sync_plan_access
from planpages.models import Evaluation, LogEntry, MeetingMinutes, Message, PlanPage, PlanParticipant
from planpages.plan_types import Access
from tests.factories import make_user
from tests.team import meeting_id


def editor_form(plan, **overrides):
    """The coordinator's edit form as the editor would post it, for the plan as it is now."""
    plan = PlanPage.objects.get(pk=plan.pk)
    meeting = next(child for child in plan.body if child.block_type == "meeting")
    fields = {
        "person_name": plan.person_name,
        "person_birth_date": "",
        "body": streamfield(
            [
                (
                    "meeting",
                    {
                        "starts_at": timezone.localtime(meeting.value["starts_at"]).strftime("%Y-%m-%d %H:%M"),
                        "place": meeting.value["place"],
                        "video_link": "",
                        "invitees": streamfield([]),
                        "invited": streamfield([]),
                        "agenda": meeting.value["agenda"],
                    },
                )
            ]
        ),
        "status": plan.status,
        "start_date": "",
        "period_end": "",
        "next_evaluation_date": "",
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    data["body-0-id"] = meeting.id
    data["action-publish"] = "1"
    return data


def write_everything(team):
    services.add_log_entry(team.plan, team.writer, {"text": "Loggen overlever"})
    services.post_message(team.plan, team.writer, {"text": "Meldingen overlever"})
    services.save_minutes(team.plan, team.writer, {"meeting_id": meeting_id(team.plan), "text": "Referatet overlever"})
    services.add_evaluation(team.plan, team.writer, {"evaluated_on": "2026-02-01", "goal_0": "Evalueringen overlever"})


def assert_everything_survived(team, client):
    assert LogEntry.objects.filter(plan=team.plan).count() == 1
    assert Message.objects.filter(plan=team.plan).count() == 1
    assert MeetingMinutes.objects.filter(plan=team.plan).count() == 1
    assert Evaluation.objects.filter(plan=team.plan).count() == 1
    client.force_login(team.reader)
    content = client.get(team.plan.url).content.decode()
    for text in ("Loggen overlever", "Meldingen overlever", "Referatet overlever", "Evalueringen overlever"):
        assert text in content


def add_participant_directly(plan):
    newcomer = make_user()
    PlanParticipant.objects.create(page=plan, user=newcomer, access=Access.READ)
    sync_plan_access(PlanPage.objects.get(pk=plan.pk))
    return newcomer


def test_stale_editor_form_published_after_the_writes_keeps_them(team, client):
    stale = editor_form(team.plan, person_name="Nytt Navn")
    write_everything(team)
    client.force_login(team.plan.coordinator)
    response = client.post(f"/admin/pages/{team.plan.pk}/edit/", stale)
    assert response.status_code == 302
    assert PlanPage.objects.get(pk=team.plan.pk).person_name == "Nytt Navn"
    assert_everything_survived(team, client)


def test_stale_editor_form_keeps_a_participant_added_meanwhile(team, client):
    stale = editor_form(team.plan)
    newcomer = add_participant_directly(team.plan)
    client.force_login(team.plan.coordinator)
    assert client.post(f"/admin/pages/{team.plan.pk}/edit/", stale).status_code == 302
    assert PlanParticipant.objects.filter(page=team.plan, user=newcomer).exists()
    client.force_login(newcomer)
    assert client.get(team.plan.url).status_code == 200


def test_revert_to_an_older_revision_keeps_writes_and_participants(team, client):
    old_revision = team.plan.latest_revision
    old_form = editor_form(team.plan, person_name="Gammelt Navn")
    write_everything(team)
    newcomer = add_participant_directly(team.plan)
    client.force_login(team.plan.coordinator)
    response = client.post(f"/admin/pages/{team.plan.pk}/revisions/{old_revision.pk}/revert/", old_form)
    assert response.status_code == 302
    assert PlanPage.objects.get(pk=team.plan.pk).person_name == "Gammelt Navn"
    assert PlanParticipant.objects.filter(page=team.plan, user=newcomer).exists()
    assert_everything_survived(team, client)


def test_publishing_an_old_revision_keeps_participants_and_activity(team):
    old_revision = team.plan.latest_revision
    newcomer = add_participant_directly(team.plan)
    services.add_log_entry(team.plan, team.writer, {"text": "Ny aktivitet"})
    activity = PlanPage.objects.get(pk=team.plan.pk).last_activity_at
    old_revision.publish(user=team.plan.coordinator)
    plan = PlanPage.objects.get(pk=team.plan.pk)
    assert plan.participants.filter(user=newcomer).exists()
    assert plan.last_activity_at == activity


def test_scheduled_publishing_keeps_writes_and_participants(team, client):
    stale_page = PlanPage.objects.get(pk=team.plan.pk)
    stale_page.person_name = "Planlagt Navn"
    revision = stale_page.save_revision(
        user=team.plan.coordinator, approved_go_live_at=timezone.now() + datetime.timedelta(minutes=1)
    )
    write_everything(team)
    newcomer = add_participant_directly(team.plan)
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    plan = PlanPage.objects.get(pk=team.plan.pk)
    assert plan.person_name == "Planlagt Navn"
    assert plan.participants.filter(user=newcomer).exists()
    assert_everything_survived(team, client)
