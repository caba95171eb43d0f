"""The admin shows a coordinator the plans they coordinate and no other, everywhere it lists
pages; local administrators and participants see no plan; the operator sees all."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from tests.factories import make_municipality, make_user, participant
from tests.privacy.test_crawl import body_of


@pytest.fixture
def handed_over(plan_factory):
    """A coordinator with one plan of their own and one they used to coordinate (edited and
    locked it) before it was handed to a colleague."""
    municipality = make_municipality()
    coordinator, colleague = make_user(), make_user()
    colleague.groups.add(municipality.coordinators_group)
    own = plan_factory(municipality=municipality, coordinator=coordinator)
    foreign = plan_factory(municipality=municipality, coordinator=coordinator)
    foreign.save_revision(user=coordinator, log_action=True)
    foreign.coordinator = colleague
    foreign.save()
    Page.objects.filter(pk=foreign.pk).update(locked=True, locked_by=coordinator, locked_at=timezone.now())
    return {"coordinator": coordinator, "own": own, "foreign": foreign, "index": own.get_parent()}


ADMIN_LISTINGS = [
    "/admin/",
    "/admin/pages/{index}/",
    "/admin/pages/{index}/?q=IP",
    "/admin/pages/search/?q=IP",
    "/admin/pages/search/",
    "/admin/choose-page/{index}/",
    "/admin/choose-page/search/?q=IP",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/reports/site-history/",
    "/admin/reports/site-history/?export=csv",
    "/admin/pages/usage/planpages/planpage/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/api/main/pages/?child_of={index}",
    "/admin/api/main/pages/?search=IP",
]


def listing(client, template, handed_over):
    return body_of(client.get(template.format(index=handed_over["index"].pk)))


def listings_naming(client, handed_over, titles):
    """The admin listings that name any of `titles`."""
    return [
        template
        for template in ADMIN_LISTINGS
        if any(title in listing(client, template, handed_over) for title in titles)
    ]


def test_admin_listings_hide_the_plan_handed_to_a_colleague(handed_over, client):
    client.force_login(handed_over["coordinator"])
    assert listings_naming(client, handed_over, [handed_over["foreign"].title]) == []


@pytest.mark.parametrize(
    "template",
    ["/admin/pages/{index}/", "/admin/choose-page/{index}/", "/admin/reports/site-history/"],
)
def test_admin_listing_shows_the_coordinators_own_plan(template, handed_over, client):
    client.force_login(handed_over["coordinator"])
    assert handed_over["own"].title in listing(client, template, handed_over)


def local_administrator(plan):
    user = make_user()
    user.groups.add(plan.get_parent().get_parent().specific.admins_group)
    return user


@pytest.mark.parametrize("who", ["local administrator", "participant"])
def test_admin_shows_no_plan_to_local_administrators_and_participants(who, handed_over, client):
    own = handed_over["own"]
    if who == "participant":
        user = make_user()
        own.participants.create(user=user, access=participant(user)[1])
    else:
        user = local_administrator(own)
    client.force_login(user)
    assert listings_naming(client, handed_over, [own.title, handed_over["foreign"].title]) == []


def test_operator_sees_every_plan_in_the_explorer(handed_over, client):
    client.force_login(make_user(is_superuser=True))
    content = listing(client, "/admin/pages/{index}/", handed_over)
    assert handed_over["own"].title in content and handed_over["foreign"].title in content


def test_page_types_report_is_for_the_operator_only(handed_over, client):
    client.force_login(handed_over["coordinator"])
    assert client.get("/admin/reports/page-types-usage/").status_code == 404
    client.force_login(make_user(is_superuser=True))
    assert client.get("/admin/reports/page-types-usage/").status_code == 200


def test_explorer_queries_do_not_grow_with_other_coordinators_plans(
    plan_factory, client, django_assert_max_num_queries
):
    municipality = make_municipality()
    coordinator = make_user()
    own = plan_factory(municipality=municipality, coordinator=coordinator)
    url = f"/admin/pages/{own.get_parent().pk}/"
    client.force_login(coordinator)
    client.get(url)
    with CaptureQueriesContext(connection) as few_plans:
        client.get(url)
    for _ in range(8):
        plan_factory(municipality=municipality)
    with django_assert_max_num_queries(len(few_plans)):
        client.get(url)
