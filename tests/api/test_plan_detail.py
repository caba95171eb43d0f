import pytest

from planpages.models import AccessRecord, LogEntry
from tests.factories import goal_block, make_user, meeting_block, participant

from .conftest import ACCOUNTS, AUTH_MODES, PLAN_LETTERS, VIEWERS, api_client, plan_url, session_client

NOT_FOUND = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Fant ikke planen."}


@pytest.mark.parametrize("mode", AUTH_MODES)
@pytest.mark.parametrize("username", ACCOUNTS)
def test_detail_is_served_to_viewers_and_is_a_made_up_plan_to_everyone_else(demo_plans, username, mode):
    client = api_client(username, mode)
    made_up = client.get(plan_url(999_999))
    assert made_up.status_code == 404 and made_up.json() == NOT_FOUND
    for letter, plan in demo_plans.items():
        response = client.get(plan_url(plan.pk))
        if username in VIEWERS[letter]:
            assert response.status_code == 200
            assert response.json()["person"] == plan.person_name
        else:
            assert response.status_code == 404
            assert response.content == made_up.content


@pytest.mark.parametrize("letter", PLAN_LETTERS)
def test_every_read_and_denied_attempt_is_in_the_access_log(demo_plans, letter):
    plan = demo_plans[letter]
    viewer = sorted(VIEWERS[letter])[0]
    api_client(viewer, "token").get(plan_url(plan.pk))
    api_client("ukjent", "session").get(plan_url(plan.pk))
    records = list(AccessRecord.objects.filter(plan_id=plan.pk, channel="api").order_by("at"))
    assert [(r.user.username, r.what, r.granted) for r in records] == [
        (viewer, "plan", True),
        ("ukjent", "plan", False),
    ]


def test_detail_holds_metadata_participants_and_log_entries(demo_plans):
    plan = demo_plans["A"]
    body = api_client("per", "token").get(plan_url(plan.pk)).json()
    assert body["type"] == "IP" and body["municipality"] == "Nordby kommune"
    assert {(p["name"], p["access"]) for p in body["participants"]} == {
        ("Kari Nordmann", "write"),
        ("Per Fysioterapeut", "read"),
        ("Sara Helsesykepleier", "write"),
    }
    entries = LogEntry.objects.filter(plan=plan).order_by("-created_at")
    assert [entry["id"] for entry in body["log_entries"]] == [str(entry.pk) for entry in entries]
    assert set(body["log_entries"][0]) == {"id", "author", "created_at", "text"}


def test_blocks_are_typed_with_stable_ids(demo_plans):
    plan = demo_plans["A"]
    client = api_client("kari", "token")
    first = client.get(plan_url(plan.pk)).json()["blocks"]
    second = client.get(plan_url(plan.pk)).json()["blocks"]
    assert [block["id"] for block in first] == [child.id for child in plan.body]
    assert [block["id"] for block in first] == [block["id"] for block in second]
    goal = next(block for block in first if block["type"] == "goal")
    assert goal["value"]["sub_goals"] and {"title", "status", "target_date"} <= set(goal["value"]["sub_goals"][0])
    assert {block["type"] for block in first} >= {"about_me", "goal", "measure", "meeting", "consent", "service"}


@pytest.mark.parametrize(
    ("letter", "type_specific"),
    [("B", {"subject"}), ("C", {"concern", "bright_spot"}), ("D", {"development_area"})],
)
def test_type_specific_blocks_are_served(demo_plans, letter, type_specific):
    body = api_client("admin", "token").get(plan_url(demo_plans[letter].pk)).json()
    assert type_specific <= {block["type"] for block in body["blocks"]}


def test_unpublished_plan_is_not_found(plan_factory):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    plan.unpublish()
    assert session_client(reader).get(plan_url(plan.pk)).status_code == 404


def test_non_numeric_or_out_of_range_id_is_refused_with_422(demo_world):
    client = api_client("admin", "token")
    assert client.get(plan_url("abc")).status_code == 422
    assert client.get(plan_url(2**70)).status_code == 422


def test_detail_queries_do_not_grow_with_plan_size(plan_factory, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    reader = make_user()
    small = plan_factory(participants=[participant(reader)], log_entries=1)
    body = [goal_block(f"Mål {n}", sub_goals=3) for n in range(40)] + [meeting_block(n) for n in range(10)]
    others = [participant(make_user()) for _ in range(20)]
    large = plan_factory(participants=[participant(reader), *others], body=body, log_entries=200)
    client = session_client(reader)
    client.get(plan_url(small.pk))
    with CaptureQueriesContext(connection) as small_plan:
        client.get(plan_url(small.pk))
    with django_assert_max_num_queries(len(small_plan)):
        assert client.get(plan_url(large.pk)).status_code == 200
