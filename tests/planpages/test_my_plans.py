"""The admin's "Mine planer" (#16): a coordinator and the operator see the person's name of
the plans they administer and search them by it; nobody else's listing or search changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from planpages import my_plans
from tests.factories import make_local_admin, make_municipality, make_user, participant

URL = "/admin/mine-planer/"
REGISTER_URL = "/admin/kommune/planregister/"


@pytest.fixture
def coordinator(db):
    return make_user(first_name="Kim", last_name="Koordinator")


@pytest.fixture
def plans(plan_factory, coordinator):
    municipality = make_municipality()
    return {
        "own": plan_factory(municipality=municipality, coordinator=coordinator, person_name="Synnøve Ødegård"),
        "own_too": plan_factory(municipality=municipality, coordinator=coordinator, person_name="Emil Hansen"),
        "other": plan_factory(municipality=municipality, person_name="Synnøve Andersen"),
    }


def listed(client, user, **params):
    client.force_login(user)
    response = client.get(URL, params)
    assert response.status_code == 200
    return [plan.pk for plan in response.context["page_obj"]]


def test_coordinator_sees_their_own_plans_by_the_persons_name(plans, coordinator, client):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    assert "Synnøve Ødegård" in html and "Emil Hansen" in html
    assert "Synnøve Andersen" not in html


def test_each_plan_links_to_its_editor_and_its_responsibility_group(plans, coordinator, client):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    own = plans["own"]
    assert f'href="/admin/pages/{own.pk}/edit/"' in html
    assert f'href="/admin/planer/{own.pk}/ansvarsgruppe/"' in html


def test_search_finds_own_plans_by_words_of_the_name_in_any_order(plans, coordinator, client):
    assert listed(client, coordinator, q="Ødegård synn") == [plans["own"].pk]
    assert listed(client, coordinator, q="  hans ") == [plans["own_too"].pk]


def test_search_never_finds_a_plan_someone_else_coordinates(plans, coordinator, client):
    assert listed(client, coordinator, q="Andersen") == []
    client.force_login(coordinator)
    assert "Synnøve Andersen" not in client.get(URL, {"q": "Synnøve"}).content.decode()


def test_operator_sees_and_searches_every_plan(plans, client):
    operator = make_user(is_superuser=True)
    assert set(listed(client, operator)) == {plan.pk for plan in plans.values()}
    assert set(listed(client, operator, q="SYNNøVE")) == {plans["own"].pk, plans["other"].pk}


def test_local_administrator_lists_and_finds_nothing(plans, client):
    local_admin = make_local_admin(make_municipality())
    assert listed(client, local_admin) == []
    assert listed(client, local_admin, q="Synnøve") == []


def test_participant_without_admin_access_is_kept_out(plans, plan_factory, client):
    reader = make_user()
    plan_factory(participants=[participant(reader)], person_name="Lese Person")
    client.force_login(reader)
    response = client.get(URL, {"q": "Lese"})
    assert response.status_code == 302
    assert "Lese Person" not in response.content.decode()


def menu_urls(client, user):
    """The admin sidebar's menu as Wagtail renders it (JSON props of the sidebar)."""
    client.force_login(user)
    return client.get("/admin/").content.decode().replace("\\u002D", "-").replace("\\/", "/")


def test_menu_item_for_coordinators_and_the_operator(plans, coordinator, client):
    assert URL in menu_urls(client, coordinator)
    assert URL in menu_urls(client, make_user(is_superuser=True))


def test_no_menu_item_for_a_local_administrator(plans, client):
    local_admin = make_local_admin(make_municipality())
    assert "/admin/kommune/" in menu_urls(client, local_admin)
    assert URL not in menu_urls(client, local_admin)


def test_signed_out_visitor_is_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/logg-inn/")


def test_local_administrators_register_still_shows_no_name_and_finds_none(plans, client):
    local_admin = make_local_admin(make_municipality())
    client.force_login(local_admin)
    listing = client.get(REGISTER_URL)
    search = client.get(REGISTER_URL, {"q": "Synnøve"})
    assert listing.status_code == search.status_code == 200
    assert len(listing.context["object_list"]) == len(plans)
    for response in (listing, search):
        html = response.content.decode()
        assert "Ødegård" not in html and "Andersen" not in html and "Emil Hansen" not in html
    assert "Synnøve" not in listing.content.decode()
    assert len(search.context["object_list"]) == 0


def query_count(client, **params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, params).status_code == 200
    return len(queries)


def test_listing_and_search_take_the_same_number_of_queries_for_many_plans(
    plan_factory, coordinator, client, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(my_plans, "PAGE_SIZE", 3)
    for n in range(2):
        plan_factory(coordinator=coordinator, person_name=f"Ola Nordmann {n}")
    client.force_login(coordinator)
    few_listing, few_search = query_count(client), query_count(client, q="ola nord")
    for n in range(2, 9):
        plan_factory(coordinator=coordinator, person_name=f"Ola Nordmann {n}")
    with django_assert_max_num_queries(few_listing):
        client.get(URL, {"p": 2})
    with django_assert_max_num_queries(few_search):
        response = client.get(URL, {"q": "ola nord", "p": 3})
    assert [plan.person_name for plan in response.context["page_obj"]] == [f"Ola Nordmann {n}" for n in (6, 7, 8)]
