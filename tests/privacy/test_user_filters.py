"""The user filters of the admin's page listings and reports (owner, edited by, locked by, the
site history's user) offer only people the user may already see: none from another municipality's
plans."""

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.factories import make_municipality, make_user
from tests.privacy.test_crawl import body_of


@pytest.fixture
def elsewhere(plan_factory):
    """A coordinator in Testby, and one in Sørvik who owns, edited and locked a plan there."""
    coordinator = make_user()
    own = plan_factory(municipality=make_municipality(), coordinator=coordinator)
    Page.objects.filter(pk=own.pk).update(owner=coordinator)
    stranger = make_user(first_name="Fjern", last_name="Kollega")
    theirs = plan_factory(municipality=make_municipality("sorvik", "Sørvik kommune"), coordinator=stranger)
    Page.objects.filter(pk=theirs.pk).update(owner=stranger, locked=True, locked_by=stranger, locked_at=timezone.now())
    theirs.save_revision(user=stranger, log_action=True)
    own.save_revision(user=coordinator, log_action=True)
    return {"coordinator": coordinator, "index": own.get_parent(), "stranger": stranger}


USER_FILTER_PAGES = [
    "/admin/pages/{index}/",
    "/admin/pages/search/?q=IP",
    "/admin/reports/locked/",
    "/admin/reports/site-history/",
]


@pytest.mark.parametrize("template", USER_FILTER_PAGES)
def test_user_filters_offer_nobody_from_another_municipality(template, elsewhere, client):
    client.force_login(elsewhere["coordinator"])
    body = body_of(client.get(template.format(index=elsewhere["index"].pk)))
    assert "Fjern Kollega" not in body


def test_owner_filter_offers_the_coordinator_themselves(elsewhere, client):
    coordinator = elsewhere["coordinator"]
    client.force_login(coordinator)
    body = body_of(client.get(f"/admin/pages/{elsewhere['index'].pk}/"))
    assert f'name="owner" value="{coordinator.pk}"' in body


@pytest.mark.parametrize("who", ["coordinator", "local administrator"])
def test_user_listing_and_its_group_filter_are_for_the_operator_only(who, elsewhere, client):
    user = elsewhere["coordinator"]
    if who == "local administrator":
        user = make_user()
        user.groups.add(elsewhere["index"].get_parent().specific.admins_group)
    client.force_login(user)
    body = body_of(client.get("/admin/users/", follow=True))
    assert "Fjern Kollega" not in body
    assert "sorvik-koordinatorer" not in body
