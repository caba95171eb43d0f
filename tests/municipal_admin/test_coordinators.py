"""A local administrator creates, deactivates and reactivates coordinators of their own
municipality, and nobody else's."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext

from planpages.access import plan_access
from planpages.models import Invitation
from tests.factories import make_local_admin, participant
from tests.invitations.conftest import synthetic_pid

from .conftest import coordinator_in, is_denied

LIST_URL = "/admin/kommune/koordinatorer/"


def new_coordinator_form(**overrides):
    """Coordinators are invited by identity number and address; nobody chooses a password."""
    return {"name": "Ny Koordinator", "pid": synthetic_pid(), "email": "ny@nordby.example", "phone": "", **overrides}


def test_local_administrator_lists_only_their_municipalitys_coordinators(nordby, sorvik, nordby_admin, client):
    own = coordinator_in(nordby, first_name="Egen")
    foreign = coordinator_in(sorvik, first_name="Fremmed")
    client.force_login(nordby_admin)
    response = client.get(LIST_URL)
    assert list(response.context["coordinators"]) == [own]
    assert foreign.username not in response.content.decode()


def test_local_administrator_cannot_list_another_municipalitys_coordinators(nordby, sorvik, nordby_admin, client):
    coordinator_in(sorvik)
    client.force_login(nordby_admin)
    assert client.get(LIST_URL, {"kommune": sorvik.pk}).status_code == 404


def test_local_administrator_invites_a_coordinator_in_their_municipality(nordby, nordby_admin, client):
    client.force_login(nordby_admin)
    users_before = get_user_model().objects.count()
    response = client.post(f"{LIST_URL}ny/", new_coordinator_form())
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.kind, invitation.municipality, invitation.created_by) == ("coordinator", nordby, nordby_admin)
    assert get_user_model().objects.count() == users_before


def test_local_administrator_cannot_invite_a_coordinator_into_another_municipality(
    nordby, sorvik, nordby_admin, client
):
    client.force_login(nordby_admin)
    response = client.post(f"{LIST_URL}ny/", {**new_coordinator_form(), "kommune": sorvik.pk})
    assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_deactivation_ends_sessions_and_plan_access_at_once(nordby, nordby_admin, client, plan_factory):
    coordinator = coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=coordinator)
    assert coordinator in plan.access_group.user_set.all()
    coordinator_client = client.__class__()
    coordinator_client.force_login(coordinator)
    assert Session.objects.count() == 1

    client.force_login(nordby_admin)
    response = client.post(f"{LIST_URL}{coordinator.pk}/deaktiver/")

    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert not coordinator.is_active
    assert coordinator not in plan.access_group.user_set.all()
    assert Session.objects.count() == 1  # only the administrator's own
    assert coordinator_client.get("/admin/").status_code == 302
    assert coordinator_client.get(plan.url).status_code in (302, 404)


def test_deactivated_participant_loses_plan_access(nordby, nordby_admin, client, plan_factory):
    coordinator = coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, participants=[participant(coordinator)])
    client.force_login(nordby_admin)
    client.post(f"{LIST_URL}{coordinator.pk}/deaktiver/")
    coordinator.refresh_from_db()
    request = type("Request", (), {"user": coordinator})()
    assert not plan_access(request, plan).can_view
    assert coordinator not in plan.access_group.user_set.all()


def test_deactivation_asks_for_confirmation_first(nordby, nordby_admin, client):
    coordinator = coordinator_in(nordby)
    client.force_login(nordby_admin)
    response = client.get(f"{LIST_URL}{coordinator.pk}/deaktiver/")
    assert response.status_code == 200
    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_local_administrator_cannot_deactivate_another_municipalitys_coordinator(nordby, sorvik, nordby_admin, client):
    foreign = coordinator_in(sorvik)
    client.force_login(nordby_admin)
    assert client.post(f"{LIST_URL}{foreign.pk}/deaktiver/").status_code == 404
    assert client.post(f"{LIST_URL}{foreign.pk}/deaktiver/?kommune={sorvik.pk}").status_code == 404
    foreign.refresh_from_db()
    assert foreign.is_active


def test_local_administrator_cannot_deactivate_staff_of_another_municipality(nordby, sorvik, nordby_admin, client):
    shared = coordinator_in(nordby)
    shared.groups.add(sorvik.coordinators_group)
    client.force_login(nordby_admin)
    assert is_denied(client.post(f"{LIST_URL}{shared.pk}/deaktiver/"))
    shared.refresh_from_db()
    assert shared.is_active


def test_local_administrator_cannot_deactivate_another_local_administrator(nordby, nordby_admin, client):
    colleague = make_local_admin(nordby)
    colleague.groups.add(nordby.coordinators_group)
    client.force_login(nordby_admin)
    assert is_denied(client.post(f"{LIST_URL}{colleague.pk}/deaktiver/"))
    colleague.refresh_from_db()
    assert colleague.is_active


def test_local_administrator_reactivates_a_coordinator(nordby, nordby_admin, client):
    coordinator = coordinator_in(nordby, is_active=False)
    client.force_login(nordby_admin)
    assert client.post(f"{LIST_URL}{coordinator.pk}/aktiver/").status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_coordinator_has_no_coordinator_administration(nordby, client):
    coordinator = coordinator_in(nordby)
    other = coordinator_in(nordby)
    client.force_login(coordinator)
    assert is_denied(client.get(LIST_URL))
    assert is_denied(client.post(f"{LIST_URL}ny/", new_coordinator_form()))
    assert is_denied(client.post(f"{LIST_URL}{other.pk}/deaktiver/"))
    other.refresh_from_db()
    assert other.is_active


def test_operator_chooses_any_municipality(nordby, sorvik, operator, client):
    foreign = coordinator_in(sorvik)
    client.force_login(operator)
    response = client.get(LIST_URL, {"kommune": sorvik.pk})
    assert list(response.context["coordinators"]) == [foreign]
    assert 'name="kommune"' in response.content.decode()


def test_coordinator_list_queries_do_not_grow_with_the_number_of_coordinators(
    nordby, nordby_admin, client, plan_factory, django_assert_max_num_queries
):
    plan_factory(municipality=nordby, coordinator=coordinator_in(nordby))
    client.force_login(nordby_admin)
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as one_coordinator:
        client.get(LIST_URL)
    for _ in range(8):
        plan_factory(municipality=nordby, coordinator=coordinator_in(nordby))
    with django_assert_max_num_queries(len(one_coordinator)):
        client.get(LIST_URL)
