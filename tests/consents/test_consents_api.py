"""/api/v3/plans/{id}/consents/: the owner side gives, refuses and withdraws; those who may see
consents read them; anyone else on the plan is refused and a non-member gets the plain 404."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from wagtail.models import APIToken

from planpages.consenting import decide_consent
from planpages.models import AccessRecord, Consent, ConsentStatus
from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant

NEXT_YEAR = timezone.localdate() + datetime.timedelta(days=365)
MADE_UP = 2**31 - 1
IGNORED_HEADERS = {"Expires", "X-Request-ID"}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(plan_factory):
    owner, reader, outsider = make_user(), make_user(), make_user()
    plan = plan_factory(participants=[participant(owner, Access.WRITE, ParticipantRole.OWNER), participant(reader)])
    return plan, owner, reader, outsider


def caller(user):
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


def url(plan_id, tail=""):
    return f"/api/v3/plans/{plan_id}/consents/{tail}"


def post(client, plan_id, tail="", payload=None):
    return client.post(url(plan_id, tail), payload or {}, content_type="application/json")


def reader_ids(plan, reader):
    return list(plan.participants.filter(user=reader).values_list("pk", flat=True))


def comparable(response):
    headers = {key: value for key, value in response.headers.items() if key not in IGNORED_HEADERS}
    return response.status_code, headers, response.content


def test_the_owner_gives_consent_through_the_api(world):
    plan, owner, reader, _ = world
    payload = {"decision": "give", "covers": reader_ids(plan, reader), "valid_until": NEXT_YEAR.isoformat()}
    response = post(caller(owner), plan.pk, payload=payload)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "given" and body["covers"][0]["name"] == reader.get_full_name()
    assert body["signed_in_with"] == "api-nøkkel" and body["text_version"] == "1"
    assert Consent.objects.get(plan=plan).valid_until == NEXT_YEAR


def test_the_owner_reads_the_consents_and_the_read_is_recorded(world):
    plan, owner, reader, _ = world
    decide_consent(plan, owner, given=False)
    response = caller(owner).get(url(plan.pk))
    assert response.status_code == 200 and [row["status"] for row in response.json()] == ["refused"]
    assert AccessRecord.objects.filter(plan=plan, user=owner, what="consents").exists()


def test_the_owner_withdraws_through_the_api(world):
    plan, owner, reader, _ = world
    consent = decide_consent(plan, owner, given=True, covers=reader_ids(plan, reader), valid_until=NEXT_YEAR)
    response = post(caller(owner), plan.pk, f"{consent.pk}/withdraw/")
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"
    assert Consent.objects.get(pk=consent.pk).status == ConsentStatus.WITHDRAWN


def test_a_reader_may_neither_give_nor_read_consents(world):
    plan, owner, reader, _ = world
    payload = {"decision": "give", "covers": reader_ids(plan, reader), "valid_until": NEXT_YEAR.isoformat()}
    response = post(caller(reader), plan.pk, payload=payload)
    assert response.status_code == 403 and "Bare planeieren eller en foresatt" in response.json()["detail"]
    assert caller(reader).get(url(plan.pk)).status_code == 403
    assert not Consent.objects.exists()


def test_someone_else_may_not_withdraw(world):
    plan, owner, reader, _ = world
    consent = decide_consent(plan, owner, given=True, covers=reader_ids(plan, reader), valid_until=NEXT_YEAR)
    response = post(caller(plan.coordinator), plan.pk, f"{consent.pk}/withdraw/")
    assert response.status_code == 403 and "Bare den som ga samtykket" in response.json()["detail"]
    assert Consent.objects.get(pk=consent.pk).status == ConsentStatus.GIVEN


def test_bad_input_is_answered_in_norwegian_and_nothing_is_stored(world):
    plan, owner, reader, _ = world
    response = post(caller(owner), plan.pk, payload={"decision": "give", "covers": reader_ids(plan, reader)})
    assert response.status_code == 422 and "Velg datoen samtykket gjelder til og med." in response.json()["detail"]
    assert not Consent.objects.exists()


def test_a_non_member_gets_the_same_404_as_a_made_up_plan_and_nothing_changes(world):
    plan, owner, reader, outsider = world
    consent = decide_consent(plan, owner, given=True, covers=reader_ids(plan, reader), valid_until=NEXT_YEAR)
    client = caller(outsider)
    payload = {"decision": "refuse"}
    pairs = [
        (client.get(url(plan.pk)), client.get(url(MADE_UP))),
        (post(client, plan.pk, payload=payload), post(client, MADE_UP, payload=payload)),
        (post(client, plan.pk, f"{consent.pk}/withdraw/"), post(client, MADE_UP, f"{consent.pk}/withdraw/")),
    ]
    for real, made_up in pairs:
        assert real.status_code == 404
        assert comparable(real) == comparable(made_up)
    assert list(Consent.objects.values_list("pk", "status")) == [(consent.pk, ConsentStatus.GIVEN)]
    assert not AccessRecord.objects.filter(plan=plan, user=outsider, granted=True).exists()
