"""The coordinator's membership screen: who may open it, the search, adding and changing."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry

from planpages.members.search import MAX_MATCHES
from planpages.models import PlanParticipant
from planpages.participation import end_participation
from planpages.plan_types import Access, PlanStatus
from tests.factories import make_local_admin, make_municipality, make_user, participant
from tests.privacy.test_membership_changes import add_through_screen, change_form, members_url


def municipality_of(plan):
    return plan.get_parent().get_parent().specific


@pytest.fixture
def plan(plan_factory):
    return plan_factory(participants=[participant(make_user(first_name="Lise", last_name="Lærer"))])


def search(client, plan, query):
    return client.get(members_url(plan), {"q": query}).content.decode()


def test_coordinator_sees_the_participants_and_the_history(plan, client):
    client.force_login(plan.coordinator)
    response = client.get(members_url(plan))
    assert response.status_code == 200
    assert "Lise Lærer" in response.content.decode()


@pytest.mark.parametrize("who", ["other_coordinator", "local_admin", "participant", "outsider"])
def test_others_get_the_same_404_as_for_a_missing_plan(plan, client, who):
    municipality = municipality_of(plan)
    users = {
        "other_coordinator": lambda: make_user(),
        "local_admin": lambda: make_local_admin(municipality),
        "participant": lambda: plan.participants.get().user,
        "outsider": lambda: make_user(),
    }
    user = users[who]()
    if who == "other_coordinator":
        user.groups.add(municipality.coordinators_group)
    client.force_login(user)
    real = client.get(members_url(plan))
    missing = client.get(f"/admin/planer/{plan.pk + 1000}/ansvarsgruppe/")
    # Admin staff get the 404; people without admin access Wagtail's sign-in redirect. Either
    # way the same answer as for a plan that does not exist, and nothing is written.
    assert real.status_code == missing.status_code and real.status_code in (302, 404)
    assert real.content == missing.content
    assert client.post(members_url(plan, "legg-til"), {"person": user.pk}).status_code in (302, 404)
    assert not plan.participants.filter(user=user).exclude(role="participant", access="read").exists()
    assert plan.participants.count() == 1


def test_search_finds_colleagues_and_people_on_the_municipalitys_plans(plan_factory, plan, client):
    municipality = municipality_of(plan)
    colleague = make_user(first_name="Kari", last_name="Kollega")
    colleague.groups.add(municipality.coordinators_group)
    teacher = make_user(first_name="Karin", last_name="Lærer")
    plan_factory(municipality=municipality, participants=[participant(teacher)])
    client.force_login(plan.coordinator)
    page = search(client, plan, "kari")
    assert "Kari Kollega" in page and "Karin Lærer" in page


def test_search_never_finds_people_of_another_municipality_or_administrators(plan_factory, plan, client):
    elsewhere = make_municipality("annenby", "Annenby kommune")
    stranger = make_user(first_name="Kari", last_name="Fremmed")
    plan_factory(municipality=elsewhere, participants=[participant(stranger)])
    admin = make_local_admin(municipality_of(plan))
    admin.first_name = "Kari"
    admin.save()
    admin.groups.add(municipality_of(plan).coordinators_group)
    operator = make_user(first_name="Kari", last_name="Operatør", is_superuser=True)
    operator.groups.add(municipality_of(plan).coordinators_group)
    client.force_login(plan.coordinator)
    page = search(client, plan, "kari")
    assert "Fremmed" not in page and admin.last_name not in page and "Operatør" not in page


def test_search_returns_at_most_twenty_matches(plan, client):
    group = municipality_of(plan).coordinators_group
    for n in range(MAX_MATCHES + 5):
        make_user(first_name="Mange", last_name=f"Navnesen{n:02d}").groups.add(group)
    client.force_login(plan.coordinator)
    assert search(client, plan, "mange").count("?person=") == MAX_MATCHES


def test_adding_someone_who_could_not_be_found_is_refused(plan_factory, plan, client):
    stranger = make_user()
    plan_factory(municipality=make_municipality("annenby", "Annenby kommune"), participants=[participant(stranger)])
    client.force_login(plan.coordinator)
    response = add_through_screen(client, plan, stranger)
    assert response.status_code == 200
    assert "Søk etter personen på nytt" in response.content.decode()
    assert not plan.participants.filter(user=stranger).exists()


def test_adding_writes_a_history_row(plan_factory, plan, client):
    colleague = make_user(first_name="Per", last_name="Kollega")
    colleague.groups.add(municipality_of(plan).coordinators_group)
    client.force_login(plan.coordinator)
    add_through_screen(client, plan, colleague, access=Access.WRITE)
    entry = PageLogEntry.objects.get(page=plan, action="samplan.participant.added")
    assert entry.user == plan.coordinator and entry.data["name"] == "Per Kollega"
    assert plan.participants.get(user=colleague).access == Access.WRITE


def test_a_closed_plan_takes_no_new_participants(plan_factory, client):
    plan = plan_factory(status=PlanStatus.CLOSED)
    colleague = make_user()
    colleague.groups.add(municipality_of(plan).coordinators_group)
    client.force_login(plan.coordinator)
    add_through_screen(client, plan, colleague)
    assert not plan.participants.filter(user=colleague).exists()


def test_stale_change_form_changes_only_what_its_user_changed(plan, client):
    row = plan.participants.get()
    stale = change_form(row, organisation="Nordby skole")
    until = timezone.localdate() - datetime.timedelta(days=1)
    PlanParticipant.objects.filter(pk=row.pk).update(access_until=until)
    client.force_login(plan.coordinator)
    assert client.post(members_url(plan, row.pk), stale).status_code == 302
    row.refresh_from_db()
    assert (row.organisation, row.access_until) == ("Nordby skole", until)


def test_stale_change_form_does_not_undo_an_ending_made_meanwhile(plan, client):
    row = plan.participants.get()
    later = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    stale = change_form(row, access_until=later)
    end_participation(row, plan.coordinator)
    client.force_login(plan.coordinator)
    response = client.post(members_url(plan, row.pk), stale)
    assert response.status_code == 200
    assert "Noen andre endret denne deltakelsen" in response.content.decode()
    assert PlanParticipant.objects.get(pk=row.pk).has_ended()


def test_change_form_renders_the_values_it_was_opened_with(plan, client):
    row = plan.participants.get()
    client.force_login(plan.coordinator)
    page = client.get(members_url(plan, row.pk)).content.decode()
    assert 'name="initial-access" value="read"' in page


def test_editor_shows_the_group_and_links_to_the_screen(plan, client):
    client.force_login(plan.coordinator)
    page = client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()
    assert "Lise Lærer" in page and members_url(plan) in page
    assert "<select" not in page.split('id="tab-ansvarsgruppe"')[-1].split("</section>")[0]
