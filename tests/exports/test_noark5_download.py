import io
import zipfile

import pytest
from wagtail.models import PageLogEntry

from planpages.models import AccessRecord
from planpages.plan_types import PlanStatus
from tests.factories import make_local_admin, make_municipality, make_user

REQUEST_ID = "X-Request-ID"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def municipality(db):
    return make_municipality()


@pytest.fixture
def closed_plan(plan_factory, municipality):
    return plan_factory(municipality=municipality, status=PlanStatus.CLOSED)


def download(client, plan_id):
    return client.get(f"/admin/kommune/planer/{plan_id}/noark5/")


def comparable(response, plan_id):
    """The response with the plan id it was asked for left out (a sign-in redirect names its URL)."""
    headers = {
        k: v.replace(f"/{plan_id}/", "/ID/") for k, v in response.headers.items() if k not in ("Expires", REQUEST_ID)
    }
    return response.status_code, response.content, headers


def test_the_local_administrator_downloads_the_extract_as_a_zip(client, closed_plan, municipality):
    client.force_login(make_local_admin(municipality))
    response = download(client, closed_plan.pk)
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert {"arkivstruktur.xml", "endringslogg.xml", "arkivuttrekk.xml"} <= set(names)
    assert any(name.startswith("DOKUMENT/") for name in names)


def test_a_download_is_recorded_in_the_history_and_the_access_log(client, closed_plan, municipality):
    admin = make_local_admin(municipality)
    client.force_login(admin)
    download(client, closed_plan.pk)
    assert PageLogEntry.objects.filter(page=closed_plan, action="samplan.noark5_export", user=admin).exists()
    assert AccessRecord.objects.filter(plan_id=closed_plan.pk, user=admin, what="noark5").exists()


@pytest.mark.parametrize("who", ["coordinator", "other_municipality_admin", "stranger"])
def test_everyone_else_gets_the_404_of_a_missing_plan(client, closed_plan, who):
    users = {
        "coordinator": closed_plan.coordinator,
        "other_municipality_admin": make_local_admin(make_municipality("annenby", "Annenby kommune")),
        "stranger": make_user(),
    }
    client.force_login(users[who])
    missing_id = closed_plan.pk + 10_000
    denied, missing = download(client, closed_plan.pk), download(client, missing_id)
    # Without admin access at all, Wagtail sends both to sign-in; with it, both are a 404.
    assert denied.status_code == (302 if who == "stranger" else 404)
    assert comparable(denied, closed_plan.pk) == comparable(missing, missing_id)
    assert not AccessRecord.objects.filter(what="noark5").exists()


def test_an_open_plan_is_refused_in_norwegian(client, plan_factory, municipality):
    plan = plan_factory(municipality=municipality, status=PlanStatus.ACTIVE)
    client.force_login(make_local_admin(municipality))
    response = download(client, plan.pk)
    assert response.status_code == 302
    assert "ikke avsluttet" in client.get(response.url).content.decode()
    assert not AccessRecord.objects.filter(what="noark5").exists()


def test_the_plan_register_offers_the_extract_of_closed_plans_only(client, closed_plan, plan_factory, municipality):
    open_plan = plan_factory(municipality=municipality)
    client.force_login(make_local_admin(municipality))
    page = client.get("/admin/kommune/planregister/").content.decode()
    assert f"/admin/kommune/planer/{closed_plan.pk}/noark5/" in page
    assert f"/admin/kommune/planer/{open_plan.pk}/noark5/" not in page
