"""The plan register: metadata of the municipality's own plans, nothing else."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from planpages.models import PlanPage

from .conftest import coordinator_in, is_denied

REGISTER_URL = "/admin/kommune/planregister/"


def test_register_lists_only_the_municipalitys_own_plans(nordby, sorvik, nordby_admin, client, plan_factory):
    own = plan_factory(municipality=nordby)
    foreign = plan_factory(municipality=sorvik)
    client.force_login(nordby_admin)
    response = client.get(REGISTER_URL)
    assert [plan.pk for plan in response.context["object_list"]] == [own.pk]
    html = response.content.decode()
    assert own.title in html and foreign.title not in html


def test_register_shows_no_name_of_the_person_a_plan_is_about(nordby, nordby_admin, client, plan_factory):
    plan_factory(municipality=nordby, person_name="Kari Nordmann")
    client.force_login(nordby_admin)
    assert "Kari Nordmann" not in client.get(REGISTER_URL).content.decode()


def test_register_cannot_be_probed_by_the_persons_name(nordby, nordby_admin, client, plan_factory):
    plan_factory(municipality=nordby, person_name="Kari Nordmann")
    plan_factory(municipality=nordby, person_name="Emil Hansen")
    client.force_login(nordby_admin)
    for lookup in ("person_name__startswith", "body__icontains", "coordinator__password__startswith"):
        response = client.get(REGISTER_URL, {lookup: "K"})
        assert len(response.context["object_list"]) == 2


def test_register_filters_by_declared_filters(nordby, nordby_admin, client, plan_factory):
    iop = plan_factory(municipality=nordby, plan_type="IOP")
    plan_factory(municipality=nordby, plan_type="IP")
    client.force_login(nordby_admin)
    response = client.get(REGISTER_URL, {"plan_type__exact": "IOP"})
    assert [plan.pk for plan in response.context["object_list"]] == [iop.pk]


def test_register_offers_no_edit_create_or_delete(nordby, nordby_admin, client, plan_factory):
    plan = plan_factory(municipality=nordby)
    client.force_login(nordby_admin)
    html = client.get(REGISTER_URL).content.decode()
    assert f"/admin/pages/{plan.pk}/edit/" not in html
    for action in (f"edit/{plan.pk}/", "create/", f"delete/{plan.pk}/", f"inspect/{plan.pk}/", "choose_parent/"):
        assert client.get(f"{REGISTER_URL}{action}").status_code == 404


def test_coordinator_has_no_register(nordby, client, plan_factory):
    coordinator = coordinator_in(nordby)
    plan_factory(municipality=nordby, coordinator=coordinator)
    client.force_login(coordinator)
    assert is_denied(client.get(REGISTER_URL))


def test_operator_sees_every_municipalitys_plans(nordby, sorvik, operator, client, plan_factory):
    plans = {plan_factory(municipality=nordby).pk, plan_factory(municipality=sorvik).pk}
    client.force_login(operator)
    assert {plan.pk for plan in client.get(REGISTER_URL).context["object_list"]} == plans


def test_register_queries_do_not_grow_with_the_number_of_plans(
    nordby, nordby_admin, client, plan_factory, django_assert_max_num_queries
):
    plan_factory(municipality=nordby)
    client.force_login(nordby_admin)
    client.get(REGISTER_URL)
    with CaptureQueriesContext(connection) as one_plan:
        client.get(REGISTER_URL)
    for _ in range(8):
        plan_factory(municipality=nordby, coordinator=coordinator_in(nordby))
    with django_assert_max_num_queries(len(one_plan)):
        client.get(REGISTER_URL)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_register_shows_dates_in_the_norwegian_form_in_every_language(
    language, nordby, nordby_admin, client, plan_factory
):
    plan = plan_factory(municipality=nordby)
    PlanPage.objects.filter(pk=plan.pk).update(start_date=datetime.date(2026, 9, 5))
    UserProfile.get_for_user(nordby_admin)
    UserProfile.objects.filter(user=nordby_admin).update(preferred_language=language)
    client.force_login(nordby_admin)
    text = client.get(REGISTER_URL).content.decode()
    assert re.search(r">\s*5\. [Ss]eptember 2026\s*<", text)
    assert not re.search(r"Sept\. 5|[ap]\.m\.", text)
