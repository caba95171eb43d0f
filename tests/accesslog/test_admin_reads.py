"""Reads of a plan in the Wagtail admin: each kind adds exactly one access record."""

import pytest

from planpages.models import AccessRecord, PlanParticipant
from tests.factories import goal_block, make_user
from tests.planpages.test_editing import edit_form_data


@pytest.fixture
def plan(plan_factory):
    plan = plan_factory(body=[goal_block("Første mål")])
    plan.person_name = "Nytt Navn"
    plan.save_revision(user=plan.coordinator)
    return plan


@pytest.fixture
def coordinator_client(plan, client):
    client.force_login(plan.coordinator)
    return client


def revision_ids(plan):
    return list(plan.revisions.order_by("pk").values_list("pk", flat=True))


def only_record(plan):
    record = AccessRecord.objects.get(plan_id=plan.pk)
    return record.what, record.channel, record.granted, record.user_id


def test_opening_the_edit_form_is_recorded_once(plan, coordinator_client):
    assert coordinator_client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 200
    assert only_record(plan) == ("edit", "admin", True, plan.coordinator.pk)


def test_viewing_a_revision_is_recorded_once(plan, coordinator_client):
    first = revision_ids(plan)[0]
    assert coordinator_client.get(f"/admin/pages/{plan.pk}/revisions/{first}/view/").status_code == 200
    assert only_record(plan) == ("revision", "admin", True, plan.coordinator.pk)


def test_opening_an_old_revision_in_the_editor_is_recorded_once(plan, coordinator_client):
    first = revision_ids(plan)[0]
    assert coordinator_client.get(f"/admin/pages/{plan.pk}/revisions/{first}/revert/").status_code == 200
    assert only_record(plan) == ("revision", "admin", True, plan.coordinator.pk)


def test_comparing_revisions_is_recorded_once(plan, coordinator_client):
    first, second = revision_ids(plan)
    assert coordinator_client.get(f"/admin/pages/{plan.pk}/revisions/compare/{first}...{second}/").status_code == 200
    assert only_record(plan) == ("compare", "admin", True, plan.coordinator.pk)


def test_viewing_the_draft_is_recorded_once_as_a_preview(plan, coordinator_client):
    response = coordinator_client.get(f"/admin/pages/{plan.pk}/view_draft/")
    assert response.status_code == 200
    assert "Nytt Navn" in response.content.decode()
    assert only_record(plan) == ("preview", "admin", True, plan.coordinator.pk)


def test_preview_from_the_editor_is_recorded_once(plan, coordinator_client):
    preview_url = f"/admin/pages/{plan.pk}/edit/preview/"
    posted = coordinator_client.post(preview_url, edit_form_data(plan, person_name="Forhåndsvist Navn"))
    assert posted.json()["is_valid"]
    assert not AccessRecord.objects.filter(plan_id=plan.pk).exists()  # storing form data is no read
    response = coordinator_client.get(preview_url)
    assert "Forhåndsvist Navn" in response.content.decode()
    assert only_record(plan) == ("preview", "admin", True, plan.coordinator.pk)


def test_denied_admin_read_is_recorded_as_denied(plan, client):
    other = make_user()
    other.groups.add(plan.get_parent().get_parent().specific.coordinators_group)
    client.force_login(other)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 404
    assert only_record(plan) == ("edit", "admin", False, other.pk)


def test_participant_opening_the_admin_editor_is_recorded_as_denied(plan, client):
    reader = make_user()
    PlanParticipant.objects.create(page=plan, user=reader)
    client.force_login(reader)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 404
    assert only_record(plan) == ("edit", "admin", False, reader.pk)


def test_editing_other_pages_writes_nothing(plan, client):
    client.force_login(make_user(is_superuser=True))
    client.get(f"/admin/pages/{plan.get_parent().pk}/edit/")
    assert not AccessRecord.objects.exists()
