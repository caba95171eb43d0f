import pytest

from planpages.models import AccessRecord

from .conftest import ACCESS_LOG_READERS, ACCOUNTS, AUTH_MODES, VIEWERS, api_client, plan_url


@pytest.mark.parametrize("mode", AUTH_MODES)
@pytest.mark.parametrize("username", ACCOUNTS)
def test_access_log_is_for_owner_side_and_operator_only(demo_plans, username, mode):
    client = api_client(username, mode)
    for letter, plan in demo_plans.items():
        response = client.get(plan_url(plan.pk, "access-log/"))
        if username in ACCESS_LOG_READERS[letter]:
            assert response.status_code == 200
        elif username in VIEWERS[letter]:
            assert response.status_code == 403
        else:
            assert response.status_code == 404
            assert response.json()["detail"] == "Fant ikke planen."


def test_access_log_is_newest_first_and_records_its_own_reading(demo_plans):
    plan = demo_plans["A"]
    api_client("per", "token").get(plan_url(plan.pk))
    api_client("ukjent", "token").get(plan_url(plan.pk))
    body = api_client("kari", "token").get(plan_url(plan.pk, "access-log/")).json()
    newest = [(item["who"], item["what"], item["granted"]) for item in body["items"][1:3]]
    assert newest == [("Una Kjent", "plan", False), ("Per Fysioterapeut", "plan", True)]
    assert body["items"][0]["what"] == "access_log"
    latest = AccessRecord.objects.filter(plan_id=plan.pk).order_by("-at", "-pk").first()
    assert (latest.user.username, latest.what, latest.channel) == ("kari", "access_log", "api")


def test_access_log_is_paginated(demo_plans):
    plan = demo_plans["D"]
    for _ in range(5):
        api_client("siri", "token").get(plan_url(plan.pk))
    body = api_client("sorvik-koord", "token").get(plan_url(plan.pk, "access-log/"), {"limit": 2}).json()
    assert len(body["items"]) == 2 and body["count"] >= 5
