"""Consent from the plan page: the owner side gives, refuses and withdraws it; everyone else is
refused like any other plan write, bad input is answered in Norwegian, and nothing is stored."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.oidc.views import ACR_SESSION_KEY
from accounts.two_factor import PROVIDER_SESSION_KEY
from planpages.consenting import decide_consent
from planpages.models import Consent, ConsentStatus
from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant

NEXT_YEAR = timezone.localdate() + datetime.timedelta(days=365)


@pytest.fixture
def world(plan_factory):
    owner, guardian, reader, writer, outsider = (make_user() for _ in range(5))
    plan = plan_factory(
        participants=[
            participant(owner, Access.WRITE, ParticipantRole.OWNER),
            participant(guardian, Access.WRITE, ParticipantRole.GUARDIAN),
            participant(reader),
            participant(writer, Access.WRITE),
        ]
    )
    return plan, {"owner": owner, "guardian": guardian, "reader": reader, "writer": writer, "outsider": outsider}


def ids(plan, *users):
    return list(plan.participants.filter(user__in=users).values_list("pk", flat=True))


def give_data(plan, *users, until=NEXT_YEAR):
    return {"decision": "give", "covers": ids(plan, *users), "valid_until": until.isoformat() if until else ""}


def post(client, user, url, data=None):
    client.force_login(user)
    return client.post(url, data or {})


MADE_UP_SLUG = "ffffffffffffffff"


def comparable(response, plan):
    """The body, with the per-render masking of the CSRF token taken out and the plan's slug
    (the 404 page echoes the path it was asked for) replaced by the made-up one."""
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)
    return body.replace(plan.slug.encode(), MADE_UP_SLUG.encode())


def rows(plan):
    return list(Consent.objects.filter(plan=plan).values_list("pk", "status", "withdrawn_at"))


def test_the_owner_gives_consent_for_the_participants_chosen(world, client):
    plan, people = world
    response = post(client, people["owner"], f"{plan.url}samtykke/", give_data(plan, people["reader"]))
    assert response.status_code == 302
    consent = Consent.objects.get(plan=plan)
    assert consent.status == ConsentStatus.GIVEN and consent.given_by == people["owner"]
    assert list(consent.covers.values_list("user", flat=True)) == [people["reader"].pk]
    assert consent.valid_until == NEXT_YEAR and consent.on_behalf_of == "owner"
    assert consent.signed_in_with == "passord" and consent.sign_in_level == ""


def test_a_guardian_gives_consent_as_guardian(world, client):
    plan, people = world
    post(client, people["guardian"], f"{plan.url}samtykke/", give_data(plan, people["reader"]))
    assert Consent.objects.get(plan=plan).on_behalf_of == "guardian"


def test_the_id_porten_sign_in_level_is_kept(world, client):
    plan, people = world
    client.force_login(people["owner"])
    session = client.session
    session[PROVIDER_SESSION_KEY], session[ACR_SESSION_KEY] = "idporten", "idporten-loa-high"
    session.save()
    client.post(f"{plan.url}samtykke/", give_data(plan, people["reader"]))
    consent = Consent.objects.get(plan=plan)
    assert (consent.signed_in_with, consent.sign_in_level) == ("idporten", "idporten-loa-high")


def test_the_owner_refuses_consent_and_the_refusal_is_kept(world, client):
    plan, people = world
    assert post(client, people["owner"], f"{plan.url}samtykke/", {"decision": "refuse"}).status_code == 302
    consent = Consent.objects.get(plan=plan)
    assert consent.status == ConsentStatus.REFUSED and consent.valid_until is None


def test_the_owner_withdraws_their_consent_and_the_row_is_kept(world, client):
    plan, people = world
    consent = decide_consent(
        plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR
    )
    response = post(client, people["owner"], f"{plan.url}samtykke/{consent.pk}/trekk-tilbake/")
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.WITHDRAWN and consent.withdrawn_by == people["owner"]


@pytest.mark.parametrize("who", ["reader", "writer"])
def test_a_participant_who_is_not_the_owner_side_may_not_give_consent(world, client, who):
    plan, people = world
    response = post(client, people[who], f"{plan.url}samtykke/", give_data(plan, people[who]))
    assert response.status_code == 403
    assert "Bare planeieren eller en foresatt kan gi eller nekte samtykke" in response.content.decode()
    assert rows(plan) == []


def test_the_coordinator_may_not_give_consent_on_the_plan_page(world, client):
    plan, people = world
    response = post(client, plan.coordinator, f"{plan.url}samtykke/", give_data(plan, people["reader"]))
    assert response.status_code == 403 and rows(plan) == []


def test_someone_else_may_not_withdraw_the_consent(world, client):
    plan, people = world
    consent = decide_consent(
        plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR
    )
    before = rows(plan)
    for who in (people["guardian"], plan.coordinator, people["reader"]):
        response = post(client, who, f"{plan.url}samtykke/{consent.pk}/trekk-tilbake/")
        assert response.status_code == 403
        assert "Bare den som ga samtykket kan trekke det tilbake." in response.content.decode()
    assert rows(plan) == before


def test_an_outsider_gets_the_same_404_as_a_plan_that_does_not_exist(world, client):
    plan, people = world
    consent = decide_consent(
        plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR
    )
    before = rows(plan)
    client.force_login(people["outsider"])
    made_up_plan = f"{plan.get_parent().url}{MADE_UP_SLUG}/"
    for url in (f"{plan.url}samtykke/", f"{plan.url}samtykke/{consent.pk}/trekk-tilbake/"):
        response = client.post(url, give_data(plan, people["reader"]))
        made_up = client.post(url.replace(plan.url, made_up_plan), give_data(plan, people["reader"]))
        assert response.status_code == made_up.status_code == 404
        assert comparable(response, plan) == comparable(made_up, plan)
    assert rows(plan) == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"decision": "give", "valid_until": NEXT_YEAR.isoformat()}, "Velg hvilke deltakere i ansvarsgruppen"),
        ({"decision": "give", "covers": ["999999"], "valid_until": NEXT_YEAR.isoformat()}, "Velg bare deltakere"),
        ({"decision": "give", "valid_until": timezone.localdate().isoformat()}, "Velg en dato etter i dag"),
        ({"decision": "give", "valid_until": "i morgen"}, "Skriv datoen som dd.mm.åååå."),
        ({"decision": "give"}, "Velg datoen samtykket gjelder til og med."),
        ({"decision": "kanskje"}, "Velg om du gir samtykke eller ikke."),
    ],
)
def test_bad_input_is_answered_in_norwegian_and_nothing_is_stored(world, client, data, message):
    plan, people = world
    if "valid_until" in data and "covers" not in data and data["valid_until"] != NEXT_YEAR.isoformat():
        data = {**data, "covers": ids(plan, people["reader"])}
    response = post(client, people["owner"], f"{plan.url}samtykke/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert rows(plan) == []


def test_a_consent_that_is_no_longer_current_cannot_be_withdrawn(world, client):
    plan, people = world
    consent = decide_consent(plan, people["owner"], given=False)
    response = post(client, people["owner"], f"{plan.url}samtykke/{consent.pk}/trekk-tilbake/")
    assert response.status_code == 409 and "ikke gjeldende" in response.content.decode()
    assert Consent.objects.get(pk=consent.pk).status == ConsentStatus.REFUSED


def test_the_form_shows_the_text_the_version_and_the_participants_to_choose(world, client):
    plan, people = world
    client.force_login(people["owner"])
    content = client.get(plan.url).content.decode()
    assert "Jeg samtykker i at deltakerne jeg har valgt" in content and "Samtykketekst, versjon 1" in content
    assert people["reader"].get_full_name() in content
    assert f'value="{ids(plan, people["reader"])[0]}"' in content
    assert f'value="{ids(plan, people["guardian"])[0]}"' not in content


def test_the_coordinator_sees_the_consents_with_who_and_when_but_no_form(world, client):
    plan, people = world
    consent = decide_consent(
        plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR
    )
    decide_consent(plan, people["guardian"], given=False)
    post(client, people["owner"], f"{plan.url}samtykke/{consent.pk}/trekk-tilbake/")
    client.force_login(plan.coordinator)
    content = client.get(plan.url).content.decode()
    assert "Trukket tilbake av" in content and "Ikke gitt" in content
    assert people["owner"].get_full_name() in content and people["guardian"].get_full_name() in content
    assert 'action="' + plan.url + 'samtykke/"' not in content


def test_a_participant_outside_the_owner_side_does_not_see_the_consents(world, client):
    plan, people = world
    decide_consent(plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR)
    client.force_login(people["reader"])
    response = client.get(plan.url)
    assert response.status_code == 200 and 'id="section-consents"' not in response.content.decode()


def page_queries(client, plan):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(plan.url).status_code == 200
    return len(queries)


def test_the_plan_page_takes_the_same_number_of_queries_for_one_consent_or_many(world, client):
    plan, people = world
    covers = ids(plan, people["reader"], people["writer"])
    decide_consent(plan, people["owner"], given=True, covers=covers, valid_until=NEXT_YEAR)
    client.force_login(people["owner"])
    page_queries(client, plan)
    one = page_queries(client, plan)
    for _ in range(4):
        decide_consent(plan, people["owner"], given=True, covers=covers, valid_until=NEXT_YEAR)
    assert page_queries(client, plan) == one


def test_the_ansvarsgruppe_screen_marks_participants_without_a_current_consent(world, client):
    plan, people = world
    decide_consent(plan, people["owner"], given=True, covers=ids(plan, people["reader"]), valid_until=NEXT_YEAR)
    client.force_login(plan.coordinator)
    content = client.get(f"/admin/planer/{plan.pk}/ansvarsgruppe/").content.decode()
    rows_marked = [row for row in content.split("<tr") if "Mangler gyldig samtykke" in row]
    assert len(rows_marked) == 1 and people["writer"].get_full_name() in rows_marked[0]
