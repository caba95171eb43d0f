import datetime

from django.utils import timezone

from planpages.models import PlanParticipant
from planpages.plan_types import Access
from tests.factories import goal_block, make_user, meeting_block, participant


def test_participant_reads_the_plan_page(plan_factory, client):
    reader = make_user()
    plan = plan_factory(
        participants=[participant(reader)], body=[goal_block("Gå til butikken")], person_name="Kari Test"
    )
    client.force_login(reader)
    response = client.get(plan.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Kari Test" in content and "Gå til butikken" in content
    assert "no-store" in response["Cache-Control"]


def test_upcoming_meetings_come_first(plan_factory, client):
    reader = make_user()
    past, soon, later = meeting_block(-10), meeting_block(3), meeting_block(30)
    past["value"]["place"], soon["value"]["place"], later["value"]["place"] = "Fortid", "Snart", "Senere"
    plan = plan_factory(participants=[participant(reader)], body=[past, later, soon])
    client.force_login(reader)
    content = client.get(plan.url).content.decode()
    assert content.index("Snart") < content.index("Senere") < content.index("Fortid")


def test_participant_whose_access_end_date_has_passed_loses_access(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(reader)
    assert client.get(plan.url).status_code == 404


def test_participant_keeps_access_on_the_last_day(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=timezone.localdate())
    client.force_login(reader)
    assert client.get(plan.url).status_code == 200


def test_plan_page_shows_participants_with_roles(plan_factory, client):
    writer = make_user(first_name="Lise", last_name="Lærer")
    plan = plan_factory(participants=[participant(writer, Access.WRITE)])
    PlanParticipant.objects.filter(user=writer).update(profession="lærer", organisation="Nordby skole")
    client.force_login(writer)
    content = client.get(plan.url).content.decode()
    assert "Lise Lærer" in content and "Nordby skole" in content
