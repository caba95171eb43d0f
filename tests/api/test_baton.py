"""/api/v3/plans/{id}/baton/ on the demo world: plan C's baton is held by nordby-koord2 and
offered to sara. Same rule and same write path as the plan page."""

import pytest

from planpages.models import AccessRecord, Baton, BatonEvent

from .conftest import ACCOUNTS, VIEWERS, api_client, plan_url


def baton_url(plan, tail=""):
    return plan_url(plan.pk, f"baton/{tail}")


def post(username, plan, tail, payload=None):
    return api_client(username, "token").post(baton_url(plan, tail), payload or {}, content_type="application/json")


def state(plan):
    baton = Baton.objects.get(plan=plan)
    return baton.holder.username, baton.pending_offer_id, BatonEvent.objects.filter(plan=plan).count()


@pytest.mark.parametrize("username", ACCOUNTS)
def test_viewers_read_the_baton_and_others_get_the_plain_404(demo_plans, username):
    plan = demo_plans["C"]
    response = api_client(username, "token").get(baton_url(plan))
    if username in VIEWERS["C"]:
        body = response.json()
        assert response.status_code == 200
        assert body["holder"]["name"] == "Bjørn Koordinator"
        assert body["pending_offer"]["recipient"]["name"] == "Sara Helsesykepleier"
        assert [event["kind"] for event in body["history"]] == ["offered"]
    else:
        made_up = api_client(username, "token").get(plan_url(2**31 - 1, "baton/"))
        assert response.status_code == made_up.status_code == 404
        assert response.content == made_up.content


@pytest.mark.parametrize("letter", ["A", "B", "D"])
def test_plans_of_other_types_have_no_baton(demo_plans, letter):
    records = AccessRecord.objects.count()
    assert api_client("admin", "token").get(baton_url(demo_plans[letter])).status_code == 404
    for tail in ("handover/", "accept/", "decline/"):
        assert post("admin", demo_plans[letter], tail, {"to": 1}).status_code == 404
    assert not Baton.objects.exclude(plan=demo_plans["C"]).exists()
    assert AccessRecord.objects.count() == records


def test_the_receiver_accepts_through_the_api(demo_plans):
    plan = demo_plans["C"]
    offer_id = Baton.objects.get(plan=plan).pending_offer_id
    response = post("sara", plan, "accept/", {"offer": offer_id})
    assert response.status_code == 200
    assert response.json()["holder"]["name"] == "Sara Helsesykepleier" and response.json()["pending_offer"] is None
    assert state(plan) == ("sara", None, 2)


def test_accepting_an_offer_made_to_another_is_refused(demo_plans):
    plan = demo_plans["C"]
    before = state(plan)
    response = post("ola", plan, "accept/")
    assert response.status_code == 403
    assert "Stafettloggen er tilbudt en annen" in response.json()["detail"]
    assert state(plan) == before


def test_a_stale_offer_is_refused(demo_plans):
    plan = demo_plans["C"]
    stale = Baton.objects.get(plan=plan).pending_offer_id
    ola = Baton.objects.get(plan=plan).plan.participants.get(user__username="ola").user_id
    assert post("nordby-koord2", plan, "handover/", {"to": ola}).status_code == 200
    before = state(plan)
    response = post("sara", plan, "accept/", {"offer": stale})
    assert response.status_code == 409
    assert "gjelder ikke lenger" in response.json()["detail"]
    assert state(plan) == before


def test_the_receiver_declines_and_the_holder_stays(demo_plans):
    plan = demo_plans["C"]
    assert post("sara", plan, "decline/").status_code == 200
    assert state(plan) == ("nordby-koord2", None, 2)


def test_a_participant_who_is_not_the_holder_may_not_hand_over(demo_plans):
    plan = demo_plans["C"]
    before = state(plan)
    lise = plan.participants.get(user__username="lise").user_id
    response = post("ola", plan, "handover/", {"to": lise})
    assert response.status_code == 403 and "Bare stafettholderen" in response.json()["detail"]
    assert state(plan) == before


def test_handover_to_someone_not_on_the_plan_is_refused(demo_plans):
    plan = demo_plans["C"]
    before = state(plan)
    outsider = demo_plans["A"].participants.get(user__username="kari").user_id
    response = post("nordby-koord2", plan, "handover/", {"to": outsider})
    assert response.status_code == 422
    assert "bare gis til koordinatoren eller en deltaker" in response.json()["detail"]
    assert state(plan) == before


def test_a_non_member_writing_gets_the_plain_404_and_nothing_changes(demo_plans):
    plan = demo_plans["C"]
    before = state(plan)
    for tail in ("handover/", "accept/", "decline/"):
        response = post("ukjent", plan, tail, {"to": 1})
        made_up = api_client("ukjent", "token").post(
            plan_url(2**31 - 1, f"baton/{tail}"), {"to": 1}, content_type="application/json"
        )
        assert response.status_code == made_up.status_code == 404 and response.content == made_up.content
    assert state(plan) == before
