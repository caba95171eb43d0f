import io

import pytest
from pypdf import PdfReader

from planpages.models import AccessRecord, PlanArchiveCopy
from planpages.plan_types import Access, ParticipantRole, PlanStatus
from tests.factories import make_user, participant
from tests.planpages.test_editing import edit_form_data


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def owner():
    return make_user(first_name="Kari", last_name="Eier")


@pytest.fixture
def reader():
    return make_user()


@pytest.fixture
def plan(plan_factory, owner, reader):
    return plan_factory(
        person_name="Kari Eier",
        participants=[participant(owner, Access.WRITE, ParticipantRole.OWNER), participant(reader, Access.WRITE)],
    )


def test_coordinator_stores_an_archive_copy_of_the_current_revision(plan, client):
    client.force_login(plan.coordinator)
    assert client.post(f"{plan.url}archive/").status_code == 302
    copy = PlanArchiveCopy.objects.get(plan=plan)
    assert (copy.revision_id, copy.created_by, copy.reason) == (plan.live_revision_id, plan.coordinator, "manual")
    assert "Kari Eier" in PdfReader(copy.file.open("rb")).pages[0].extract_text()


def test_other_participants_cannot_store_archive_copies(plan, reader, client):
    client.force_login(reader)
    assert client.post(f"{plan.url}archive/").status_code == 403
    assert not PlanArchiveCopy.objects.exists()


def test_archiving_needs_a_post(plan, client):
    client.force_login(plan.coordinator)
    assert client.get(f"{plan.url}archive/").status_code == 405


def test_closing_a_plan_in_the_editor_stores_an_archive_copy(plan, client):
    client.force_login(plan.coordinator)
    client.post(
        f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan, status=PlanStatus.CLOSED), "action-publish": "1"}
    )
    plan.refresh_from_db()
    copy = PlanArchiveCopy.objects.get(plan=plan)
    assert (copy.revision_id, copy.reason) == (plan.live_revision_id, "closed")
    assert "Avsluttet" in PdfReader(copy.file.open("rb")).pages[0].extract_text()


def test_saving_an_open_plan_stores_no_copy(plan, client):
    client.force_login(plan.coordinator)
    client.post(f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan), "action-publish": "1"})
    assert not PlanArchiveCopy.objects.exists()


def test_owner_sees_archive_copies_and_downloads_one(plan, owner, client):
    client.force_login(plan.coordinator)
    client.post(f"{plan.url}archive/")
    copy = PlanArchiveCopy.objects.get()
    client.force_login(owner)
    assert f"archive/{copy.pk}/" in client.get(plan.url).content.decode()
    response = client.get(f"{plan.url}archive/{copy.pk}/")
    assert PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages
    assert AccessRecord.objects.filter(plan_id=plan.pk, what="archive_copy", user=owner, granted=True).count() == 1


def test_other_participants_neither_see_nor_download_archive_copies(plan, reader, client):
    client.force_login(plan.coordinator)
    client.post(f"{plan.url}archive/")
    copy = PlanArchiveCopy.objects.get()
    client.force_login(reader)
    assert f"archive/{copy.pk}/" not in client.get(plan.url).content.decode()
    assert client.get(f"{plan.url}archive/{copy.pk}/").status_code == 404
    assert AccessRecord.objects.get(what="archive_copy").granted is False
