"""Ways in (#16): "Administrasjon" in the site header for coordinators, local administrators
and the operator only; "Rediger planen" on the plan page for its coordinator only; a local
administrator lands in the admin after signing in."""

import pytest

from planpages.plan_types import Access
from planpages.ways_in import uses_admin
from tests.accounts.conftest import current_code, enrol, sign_in
from tests.factories import make_local_admin, make_municipality, make_user, participant

ADMIN_LINK = '<a href="/admin/">Administrasjon</a>'


@pytest.fixture
def people(plan_factory):
    writer, reader = make_user(), make_user()
    plan = plan_factory(participants=[participant(writer, Access.WRITE), participant(reader)])
    return {
        "plan": plan,
        "coordinator": plan.coordinator,
        "local_admin": make_local_admin(make_municipality()),
        "operator": make_user(is_superuser=True),
        "writer": writer,
        "reader": reader,
        "nobody": make_user(),
    }


def header_of(client, user, path="/profil/"):
    client.force_login(user)
    html = client.get(path).content.decode()
    return html[: html.index("</header>")]


@pytest.mark.parametrize("who", ["coordinator", "local_admin", "operator"])
def test_staff_get_the_admin_link_in_the_header(people, client, who):
    assert ADMIN_LINK in header_of(client, people[who])


@pytest.mark.parametrize("who", ["writer", "reader", "nobody"])
def test_nobody_else_gets_the_admin_link(people, client, who):
    assert "Administrasjon" not in header_of(client, people[who])


def test_signed_out_visitors_get_no_admin_link(client):
    html = client.get("/logg-inn/").content.decode()
    assert "Administrasjon" not in html


def test_coordinator_of_a_plan_outside_any_coordinators_group_still_gets_the_link(people, client):
    coordinator = people["coordinator"]
    coordinator.groups.clear()
    assert ADMIN_LINK in header_of(client, coordinator)


def test_deactivated_coordinator_gets_no_link(people):
    coordinator = people["coordinator"]
    coordinator.is_active = False
    assert not uses_admin(coordinator)


def test_the_plans_coordinator_gets_the_edit_link_on_the_plan_page(people, client):
    plan = people["plan"]
    client.force_login(people["coordinator"])
    html = client.get(plan.url).content.decode()
    assert f'href="/admin/pages/{plan.pk}/edit/"' in html
    assert "Rediger planen" in html


@pytest.mark.parametrize("who", ["writer", "reader", "operator"])
def test_nobody_else_gets_the_edit_link_on_the_plan_page(people, client, who):
    plan = people["plan"]
    client.force_login(people[who])
    response = client.get(plan.url)
    assert response.status_code == 200
    assert "Rediger planen" not in response.content.decode()
    assert f"/admin/pages/{plan.pk}/edit/" not in response.content.decode()


def test_local_administrator_lands_in_the_admin_after_signing_in(people, client):
    response = sign_in(client, people["local_admin"], follow=True)
    assert response.redirect_chain[-1] == ("/admin/", 302)
    assert response.status_code == 200


def test_after_landing_the_local_administrators_own_dashboard_is_reachable(people, client):
    sign_in(client, people["local_admin"], follow=True)
    response = client.get("/")
    assert response.status_code == 200
    assert "Mine planer" in response.content.decode()


def test_local_administrator_with_a_second_factor_lands_in_the_admin_after_it(people, client, settings):
    settings.SAMPLAN_REQUIRE_2FA = True
    admin = people["local_admin"]
    device = enrol(admin)
    verify_url = sign_in(client, admin, follow=True).redirect_chain[-1][0]
    response = client.post(verify_url, {"token": current_code(device)}, follow=True)
    assert response.redirect_chain[-1] == ("/admin/", 302)


@pytest.mark.parametrize("who", ["coordinator", "writer", "operator"])
def test_everybody_else_lands_on_their_dashboard(people, client, who):
    response = sign_in(client, people[who], follow=True)
    assert response.redirect_chain[-1][0] == "/"
    assert response.status_code == 200


def test_deciding_the_header_link_of_a_participant_costs_one_query(people, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert not uses_admin(people["reader"])
        assert not uses_admin(people["reader"])
