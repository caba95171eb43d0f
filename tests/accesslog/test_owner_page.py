import datetime

import pytest
from django.utils import timezone

from accesslog.views import RECORDS_PER_PAGE, describe
from planpages.models import AccessRecord, PlanParticipant
from planpages.plan_types import Access, ParticipantRole
from tests.answers import assert_same_as_made_up_url
from tests.factories import make_user, participant


@pytest.fixture
def people():
    return {
        "owner": make_user(first_name="Kari", last_name="Eier"),
        "guardian": make_user(first_name="Ola", last_name="Foresatt"),
        "reader": make_user(first_name="Lise", last_name="Lærer"),
    }


@pytest.fixture
def plan(plan_factory, people):
    return plan_factory(
        participants=[
            participant(people["owner"], Access.WRITE, ParticipantRole.OWNER),
            participant(people["guardian"], Access.WRITE, ParticipantRole.GUARDIAN),
            participant(people["reader"]),
        ]
    )


def log_url(plan):
    return f"{plan.url}access-log/"


@pytest.mark.parametrize("who", ["owner", "guardian"])
def test_owner_and_guardian_see_the_access_log(plan, people, client, who):
    client.force_login(people[who])
    assert client.get(log_url(plan)).status_code == 200


def test_coordinator_sees_the_access_log(plan, client):
    client.force_login(plan.coordinator)
    assert client.get(log_url(plan)).status_code == 200


def test_operator_sees_the_access_log(plan, client):
    client.force_login(make_user(is_superuser=True))
    assert client.get(log_url(plan)).status_code == 200


def test_other_participant_gets_the_answer_of_a_made_up_url(plan, people, client):
    client.force_login(people["reader"])
    assert_same_as_made_up_url(client, plan, "access-log/")


def test_non_member_gets_the_answer_of_a_made_up_url(plan, client):
    client.force_login(make_user())
    assert_same_as_made_up_url(client, plan, "access-log/")


def test_other_participants_attempt_is_recorded_as_denied(plan, people, client):
    client.force_login(people["reader"])
    client.get(log_url(plan))
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.what, record.user_id, record.granted) == ("access_log", people["reader"].pk, False)


def test_viewing_the_access_log_is_recorded_once(plan, people, client):
    client.force_login(people["owner"])
    client.get(log_url(plan))
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.what, record.channel, record.granted) == ("access_log", "web", True)


def test_log_reads_in_plain_norwegian_in_oslo_time(plan, people, client):
    PlanParticipant.objects.filter(user=people["reader"]).update(profession="lærer", organisation="Nordby skole")
    client.force_login(people["reader"])
    client.get(plan.url)
    moment = datetime.datetime(timezone.now().year, 3, 3, 13, 2, tzinfo=datetime.UTC)  # 14:02 in Oslo (CET)
    record = AccessRecord.objects.get(plan_id=plan.pk)
    record.at = moment
    assert describe(record) == "Lise Lærer (lærer, Nordby skole) åpnet planen 3. mars kl. 14:02"


def test_summer_time_and_other_years_are_shown_right(plan, people):
    record = AccessRecord(
        plan_id=plan.pk,
        user_display="Kari Eier",
        role_display="Planeier",
        what="pdf",
        channel="web",
        at=datetime.datetime(2020, 7, 1, 8, 30, tzinfo=datetime.UTC),
    )
    assert describe(record) == "Kari Eier (Planeier) lastet ned planen som PDF 1. juli 2020 kl. 10:30"


def test_denied_attempts_are_described_without_the_name(plan):
    record = AccessRecord(
        plan_id=plan.pk, user_display="Una Kjent", what="plan", channel="web", granted=False, at=timezone.now()
    )
    assert describe(record).startswith("Noen uten tilgang forsøkte å åpne planen ")
    assert "Una Kjent" not in describe(record)


def test_owner_page_shows_a_refused_attempt_with_its_time_not_the_name(plan, people, client):
    client.force_login(make_user(first_name="Una", last_name="Kjent"))
    client.get(plan.url)
    client.force_login(people["owner"])
    page = client.get(f"{plan.url}access-log/").content.decode()
    assert "Noen uten tilgang forsøkte å åpne planen" in page
    assert "Una Kjent" not in page


def test_access_log_page_shows_newest_first(plan, people, client):
    for who in ("reader", "guardian"):
        client.force_login(people[who])
        client.get(plan.url)
    client.force_login(people["owner"])
    content = client.get(log_url(plan)).content.decode()
    assert content.index("Kari Eier") < content.index("Ola Foresatt") < content.index("Lise Lærer")


def test_access_log_is_paginated(plan, people, client, django_assert_max_num_queries):
    AccessRecord.objects.bulk_create(
        AccessRecord(plan_id=plan.pk, user_display=f"Leser {n}", what="plan", channel="web")
        for n in range(RECORDS_PER_PAGE + 5)
    )
    client.force_login(people["owner"])
    client.get(log_url(plan))  # warm the session and site caches
    with django_assert_max_num_queries(19):
        first = client.get(log_url(plan)).content.decode()
    second = client.get(f"{log_url(plan)}?page=2").content.decode()
    assert first.count('<li class="entry') == RECORDS_PER_PAGE
    assert second.count('<li class="entry') == 8  # 55 + the 3 views of the log itself − 50 on page one
    assert "Side 2 av 2" in second


def test_plan_page_links_to_the_log_for_the_owner_side_only(plan, people, client):
    client.force_login(people["owner"])
    assert log_url(plan) in client.get(plan.url).content.decode()
    client.force_login(people["reader"])
    assert log_url(plan) not in client.get(plan.url).content.decode()
