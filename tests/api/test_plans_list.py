import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from planpages.models import AccessRecord
from planpages.plan_types import PlanStatus, PlanType
from tests.factories import make_user, participant

from .conftest import ACCOUNTS, AUTH_MODES, VIEWERS, api_client, session_client, token_client

LIST_URL = "/api/v3/plans/"


@pytest.mark.parametrize("mode", AUTH_MODES)
@pytest.mark.parametrize("username", ACCOUNTS)
def test_list_holds_exactly_the_plans_the_account_may_view(demo_plans, username, mode):
    response = api_client(username, mode).get(LIST_URL)
    assert response.status_code == 200
    expected = {demo_plans[letter].pk for letter, viewers in VIEWERS.items() if username in viewers}
    body = response.json()
    assert {item["id"] for item in body["items"]} == expected
    assert body["count"] == len(expected)


def test_list_item_carries_the_plan_summary(demo_plans):
    body = api_client("kari", "token").get(LIST_URL).json()
    (item,) = body["items"]
    plan = demo_plans["A"]
    assert item["type"] == "IP"
    assert item["status"] == plan.status
    assert item["person"] == "Kari Nordmann"
    assert item["coordinator"] == "Anne Koordinator"
    assert item["municipality"] == "Nordby kommune"
    assert item["next_evaluation_date"] == plan.next_evaluation_date.isoformat()
    assert item["next_meeting"] is not None
    assert item["url"].endswith(plan.url)


def test_list_filters_by_type(demo_plans):
    body = api_client("admin", "token").get(LIST_URL, {"type": "STAFETTLOGG"}).json()
    assert [item["id"] for item in body["items"]] == [demo_plans["C"].pk]


def test_list_filters_by_status(plan_factory):
    user = make_user()
    active = plan_factory(participants=[participant(user)], status=PlanStatus.ACTIVE)
    plan_factory(participants=[participant(user)], status=PlanStatus.CLOSED)
    body = session_client(user).get(LIST_URL, {"status": "active"}).json()
    assert [item["id"] for item in body["items"]] == [active.pk]


def test_unknown_type_filter_is_refused_with_422(demo_world):
    response = api_client("admin", "token").get(LIST_URL, {"type": "XYZ"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"


def test_list_is_paginated(plan_factory):
    user = make_user()
    for _ in range(3):
        plan_factory(participants=[participant(user)], plan_type=PlanType.IOP)
    client = session_client(user)
    first = client.get(LIST_URL, {"limit": 2}).json()
    second = client.get(LIST_URL, {"limit": 2, "offset": 2}).json()
    assert first["count"] == second["count"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1


def test_too_large_page_is_refused_with_norwegian_400(demo_world):
    response = api_client("admin", "token").get(LIST_URL, {"limit": 1000})
    assert response.status_code == 400
    assert "limit kan ikke være høyere" in response.json()["detail"]


def test_anonymous_caller_gets_401(demo_world, client):
    response = client.get(LIST_URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert "API-nøkkel" in response.json()["detail"]


def test_list_queries_do_not_grow_with_number_of_plans(plan_factory, django_assert_max_num_queries):
    user = make_user()
    plan_factory(participants=[participant(user)])
    client = token_client(user)
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as one_plan:
        client.get(LIST_URL)
    for _ in range(15):
        plan_factory(participants=[participant(user)])
    with django_assert_max_num_queries(len(one_plan)):
        assert len(client.get(LIST_URL).json()["items"]) == 16


def test_listing_records_one_read_per_listed_plan(plan_factory):
    user = make_user()
    listed = [plan_factory(participants=[participant(user)]) for _ in range(3)]
    plan_factory()
    token_client(user).get(LIST_URL)
    records = AccessRecord.objects.filter(user=user)
    assert sorted(records.values_list("plan_id", flat=True)) == sorted(plan.pk for plan in listed)
    assert set(records.values_list("what", "channel", "granted")) == {("plan_list", "api", True)}


def test_offset_beyond_any_database_is_refused_with_400(plan_factory):
    user = make_user()
    plan_factory(participants=[participant(user)])
    response = token_client(user).get(LIST_URL, {"offset": 2**63})
    assert response.status_code == 400
    assert "offset" in response.json()["detail"]
    assert not AccessRecord.objects.filter(user=user).exists()
