import pytest
from fhir.resources.R4B.bundle import Bundle

from planpages.models import AccessRecord
from tests.factories import goal_block, make_user, participant

from .conftest import ACCOUNTS, AUTH_MODES, PLAN_LETTERS, VIEWERS, api_client, plan_url, session_client
from .test_plan_detail import NOT_FOUND


def fhir_url(plan_id):
    return plan_url(plan_id, "fhir/")


def denial_headers(response):
    """Headers less the clock (Expires) and the request id every response carries."""
    return {name: value for name, value in response.items() if name not in ("Expires", "X-Request-ID")}


@pytest.mark.parametrize("mode", AUTH_MODES)
@pytest.mark.parametrize("username", ACCOUNTS)
def test_bundle_is_served_to_viewers_and_is_a_made_up_plan_to_everyone_else(demo_plans, username, mode):
    client = api_client(username, mode)
    made_up = client.get(fhir_url(999_999))
    assert made_up.status_code == 404 and made_up.json() == NOT_FOUND
    for letter, plan in demo_plans.items():
        response = client.get(fhir_url(plan.pk))
        if username in VIEWERS[letter]:
            assert response.status_code == 200 and response["Content-Type"].startswith("application/fhir+json")
            Bundle.model_validate_json(response.content)
        else:
            assert response.status_code == 404
            assert response.content == made_up.content
            assert denial_headers(response) == denial_headers(made_up)


@pytest.mark.parametrize("letter", PLAN_LETTERS)
def test_every_fetch_and_denied_attempt_is_in_the_access_log(demo_plans, letter):
    plan = demo_plans[letter]
    viewer = sorted(VIEWERS[letter])[0]
    api_client(viewer, "token").get(fhir_url(plan.pk))
    api_client("ukjent", "session").get(fhir_url(plan.pk))
    records = list(AccessRecord.objects.filter(plan_id=plan.pk, channel="api").order_by("at"))
    assert [(r.user.username, r.what, r.granted) for r in records] == [
        (viewer, "fhir", True),
        ("ukjent", "fhir", False),
    ]


def test_anonymous_caller_is_asked_to_sign_in_and_nothing_is_recorded(demo_plans):
    from django.test import Client

    assert Client().get(fhir_url(demo_plans["A"].pk)).status_code == 401
    assert not AccessRecord.objects.filter(what="fhir").exists()


def test_openapi_describes_the_fhir_endpoint_as_fhir_json(db, client):
    operation = client.get("/api/v3/openapi.json").json()["paths"]["/api/v3/plans/{plan_id}/fhir/"]["get"]
    assert "application/fhir+json" in operation["responses"]["200"]["content"]


def test_bundle_queries_do_not_grow_with_plan_size(plan_factory, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    reader = make_user()
    small = plan_factory(participants=[participant(reader)])
    others = [participant(make_user()) for _ in range(20)]
    large = plan_factory(
        participants=[participant(reader), *others], body=[goal_block(f"Mål {n}", 3) for n in range(40)]
    )
    client = session_client(reader)
    client.get(fhir_url(small.pk))
    with CaptureQueriesContext(connection) as small_plan:
        client.get(fhir_url(small.pk))
    with django_assert_max_num_queries(len(small_plan)):
        assert client.get(fhir_url(large.pk)).status_code == 200
