"""A denial never reveals that a plan exists: a visitor who may not view a plan gets exactly
the answer they get for a plan that is not there (status, headers, body)."""

import re

import pytest
from wagtail.documents import get_document_model

from planpages.models import Attachment
from tests.factories import make_user, meeting_block, participant
from tests.privacy.routes import ROUTES

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
NOT_A_PAGE = 10**9


def comparable(response, url):
    """The answer less what echoes the request itself (the path, a fresh CSRF token, the clock,
    the request id every response carries)."""
    body = CSRF_TOKEN.sub("csrf", response.content.decode().replace(url, "<url>"))
    headers = {
        name: value
        for name, value in response.headers.items()
        if name not in ("Content-Length", "Expires", "X-Request-ID")
    }
    return response.status_code, headers, body


def gone_plan_urls(plan_factory, suffix=""):
    """URLs of every route of a plan that existed under the same index and was deleted."""
    plan = plan_factory(body=[meeting_block()])
    urls = {route.name: route.url_for(plan) + suffix for route in ROUTES}
    Attachment.objects.filter(plan=plan).delete()
    get_document_model().objects.filter(collection=plan.collection).delete()
    plan.delete()
    return urls


def sign_in_as(who, client, plan):
    if who == "anonymous":
        return
    user = make_user()
    if who == "member of another plan":
        other = type(plan).objects.exclude(pk=plan.pk).first()
        other.participants.create(user=user, access=participant(user)[1])
    if who == "coordinator in the same municipality":
        user.groups.add(plan.get_parent().get_parent().specific.coordinators_group)
    client.force_login(user)


VISITORS = ["anonymous", "signed in, on no plan", "member of another plan", "coordinator in the same municipality"]


@pytest.mark.parametrize("route", ROUTES, ids=str)
@pytest.mark.parametrize("who", VISITORS)
def test_denial_equals_the_answer_for_a_plan_that_does_not_exist(who, route, plan_factory, client):
    plan = plan_factory(person_name="Hemmelig Person", body=[meeting_block()])
    plan_factory()
    gone = gone_plan_urls(plan_factory)[route.name]
    real = route.url_for(plan)
    sign_in_as(who, client, plan)
    denied, missing = client.get(real), client.get(gone)
    assert denied.status_code == 404
    assert comparable(denied, real) == comparable(missing, gone)
    assert "Hemmelig" not in denied.content.decode()


@pytest.mark.parametrize("who", VISITORS)
def test_denied_sub_route_equals_a_sub_route_of_a_missing_plan(who, plan_factory, client):
    plan = plan_factory()
    plan_factory()
    real = plan.url + "logg/ny/"
    gone = gone_plan_urls(plan_factory, "logg/ny/")["plan page"]
    sign_in_as(who, client, plan)
    assert comparable(client.get(real), real) == comparable(client.get(gone), gone)


def test_member_missing_from_the_synced_group_gets_404_not_a_sign_in_redirect(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    plan.access_group.user_set.remove(reader)
    client.force_login(reader)
    assert client.get(plan.url).status_code == 404


ADMIN_PAGE_URLS = [
    "/admin/pages/{id}/",
    "/admin/pages/{id}/edit/",
    "/admin/pages/{id}/edit/preview/",
    "/admin/pages/{id}/view_draft/",
    "/admin/pages/{id}/history/",
    "/admin/pages/{id}/revisions/",
    "/admin/pages/{id}/revisions/{revision}/view/",
    "/admin/pages/{id}/revisions/compare/earliest...latest/",
    "/admin/pages/{id}/workflow_history/",
    "/admin/pages/{id}/usage/",
    "/admin/pages/{id}/unpublish/",
    "/admin/pages/{id}/delete/",
    "/admin/pages/{id}/copy/",
    "/admin/pages/{id}/move/",
    "/admin/pages/{id}/privacy/",
    "/admin/choose-page/{id}/",
    "/admin/api/main/pages/{id}/",
]


@pytest.mark.parametrize("template", ADMIN_PAGE_URLS)
@pytest.mark.parametrize("who", ["anonymous", "member of another plan", "coordinator in the same municipality"])
def test_admin_page_views_answer_another_coordinators_plan_as_a_missing_page(who, template, plan_factory, client):
    plan = plan_factory(person_name="Hemmelig Person", body=[meeting_block()])
    plan_factory()
    revision = plan.latest_revision_id
    real, gone = (template.format(id=page_id, revision=revision) for page_id in (plan.pk, NOT_A_PAGE))
    sign_in_as(who, client, plan)
    denied = client.get(real)
    assert denied.status_code == 404
    assert comparable(denied, real) == comparable(client.get(gone), gone)


@pytest.mark.parametrize(
    "template",
    ["/admin/pages/{id}/edit/", "/admin/pages/{id}/history/", "/admin/pages/{id}/revisions/{revision}/view/"],
)
def test_coordinator_reaches_their_own_plan_in_the_admin(template, plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert client.get(template.format(id=plan.pk, revision=plan.latest_revision_id)).status_code == 200
