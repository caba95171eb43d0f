"""Finding 2 of the membership review: no revert, stale editor form or hand-made post gives
back access that was ended, or swaps one person for another."""

from django.utils import timezone
from wagtail.models import PageLogEntry

from planpages.models import PlanPage
from planpages.participation import end_participation
from tests.factories import make_user, participant
from tests.planpages.test_editing import edit_form_data
from tests.privacy.test_membership_changes import sees_plan


def publish(client, plan, data):
    client.force_login(plan.coordinator)
    response = client.post(f"/admin/pages/{plan.pk}/edit/", {**data, "action-publish": "1"})
    assert response.status_code == 302


def test_publishing_an_older_revision_does_not_give_back_ended_access(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    old_revision = plan.latest_revision
    end_participation(plan.participants.get(user=reader), plan.coordinator)
    assert not sees_plan(client, reader, plan)
    old_revision.publish(user=plan.coordinator, skip_permission_checks=True)
    assert plan.participants.get(user=reader).has_ended()
    assert not sees_plan(client, reader, plan)


def test_stale_editor_form_does_not_give_back_ended_access(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    stale = edit_form_data(plan, person_name="Endret Navn")
    end_participation(plan.participants.get(user=reader), plan.coordinator)
    publish(client, plan, stale)
    assert PlanPage.objects.get(pk=plan.pk).person_name == "Endret Navn"
    assert not sees_plan(client, reader, plan)


def test_editor_post_cannot_point_a_participant_row_at_another_account(plan_factory, client):
    reader, intruder = make_user(), make_user()
    plan = plan_factory(participants=[participant(reader)])
    row = plan.participants.get()
    smuggled = {
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "1",
        "participants-0-id": str(row.pk),
        "participants-0-user": str(intruder.pk),
        "participants-0-role": row.role,
        "participants-0-access": "write",
    }
    publish(client, plan, {**edit_form_data(plan), **smuggled})
    row.refresh_from_db()
    assert (row.user, row.access) == (reader, "read")
    assert not sees_plan(client, intruder, plan)


def test_publishing_an_older_revision_keeps_the_current_coordinator(plan_factory, client):
    from municipal_admin.handover import hand_over_plan

    plan = plan_factory()
    old_revision, previous = plan.latest_revision, plan.coordinator
    successor = make_user(last_login=timezone.now())
    successor.groups.add(*previous.groups.all())
    hand_over_plan(plan, successor, by_user=previous)
    old_revision.content["coordinator"] = previous.pk  # as a revision from before the handover
    old_revision.save()
    old_revision.publish(user=successor, skip_permission_checks=True)
    assert PlanPage.objects.get(pk=plan.pk).coordinator == successor
    assert not sees_plan(client, previous, plan)


def test_ending_access_is_written_to_the_plan_history(plan_factory):
    reader = make_user(first_name="Lise", last_name="Lærer")
    plan = plan_factory(participants=[participant(reader)])
    end_participation(plan.participants.get(user=reader), plan.coordinator)
    entry = PageLogEntry.objects.get(page=plan, action="samplan.participant.ended")
    assert entry.user == plan.coordinator
    assert entry.data["name"] == "Lise Lærer"
    assert "access_until" in entry.data["changes"]
    assert "Lise Lærer" in entry.message
