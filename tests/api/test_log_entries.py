import pytest
from django.test import Client

from planpages.models import LogEntry, PlanPage
from planpages.plan_types import Access, PlanStatus
from tests.factories import make_user, participant

from .conftest import ACCOUNTS, AUTH_MODES, VIEWERS, WRITERS, api_client, plan_url, session_client


def post_entry(client, plan_id, payload, **extra):
    return client.post(plan_url(plan_id, "log-entries/"), payload, content_type="application/json", **extra)


@pytest.mark.parametrize("mode", AUTH_MODES)
@pytest.mark.parametrize("username", ACCOUNTS)
def test_writers_add_entries_readers_are_refused_and_others_see_no_plan(demo_plans, username, mode):
    client = api_client(username, mode)
    for letter, plan in demo_plans.items():
        before = LogEntry.objects.filter(plan=plan).count()
        response = post_entry(client, plan.pk, {"text": "Hei fra API-et"})
        added = LogEntry.objects.filter(plan=plan).count() - before
        if username in WRITERS[letter]:
            assert response.status_code == 201
            assert response.json()["text"] == "Hei fra API-et"
            assert added == 1
        else:
            assert response.status_code == (403 if username in VIEWERS[letter] else 404)
            assert added == 0


def test_entry_is_returned_with_author_and_bumps_last_activity(demo_plans):
    plan = demo_plans["A"]
    response = post_entry(api_client("kari", "token"), plan.pk, {"text": "Fin dag i dag."})
    body = response.json()
    entry = LogEntry.objects.get(pk=body["id"])
    assert body["author"] == "Kari Nordmann" and entry.author.username == "kari"
    assert PlanPage.objects.get(pk=plan.pk).last_activity_at == entry.created_at


@pytest.mark.parametrize(
    "payload",
    [{"text": ""}, {"text": "   \n "}, {"text": "x" * 10_001}, {}, {"text": 5}, {"tekst": "hei"}],
)
def test_bad_input_is_refused_with_422_and_changes_nothing(demo_plans, payload):
    plan = demo_plans["A"]
    before = LogEntry.objects.count()
    response = post_entry(api_client("kari", "token"), plan.pk, payload)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == "Ugyldig forespørsel."
    assert LogEntry.objects.count() == before


def test_longest_allowed_text_is_accepted(demo_plans):
    response = post_entry(api_client("kari", "token"), demo_plans["A"].pk, {"text": "x" * 10_000})
    assert response.status_code == 201


def test_malformed_json_is_refused_with_4xx(demo_plans):
    response = api_client("kari", "token").post(
        plan_url(demo_plans["A"].pk, "log-entries/"), "{ikke json", content_type="application/json"
    )
    assert response.status_code in (400, 422)
    assert LogEntry.objects.filter(text__startswith="{").count() == 0


def test_closed_plan_takes_no_entries(plan_factory):
    writer = make_user()
    plan = plan_factory(participants=[participant(writer, Access.WRITE)], status=PlanStatus.CLOSED)
    response = post_entry(session_client(writer), plan.pk, {"text": "For sent"})
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Planen er avsluttet")
    assert not LogEntry.objects.filter(plan=plan).exists()


def test_session_write_without_csrf_token_is_refused(demo_plans):
    client = Client(enforce_csrf_checks=True)
    client.force_login(demo_plans["A"].coordinator)
    response = post_entry(client, demo_plans["A"].pk, {"text": "Uten CSRF"})
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not LogEntry.objects.filter(text="Uten CSRF").exists()


def test_session_write_with_csrf_token_is_accepted(demo_plans):
    client = Client(enforce_csrf_checks=True)
    client.force_login(demo_plans["A"].coordinator)
    client.get("/")  # the dashboard sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = post_entry(client, demo_plans["A"].pk, {"text": "Med CSRF"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


def test_token_write_needs_no_csrf_token(demo_plans):
    user = demo_plans["A"].coordinator
    client = api_client(user.username, "token")
    client.handler.enforce_csrf_checks = True
    assert post_entry(client, demo_plans["A"].pk, {"text": "Med nøkkel"}).status_code == 201
