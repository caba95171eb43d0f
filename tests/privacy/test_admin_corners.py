"""Admin corners that list or count plans: Wagtail's bulk action confirmation pages and the
dashboard's counters go through the same rule as the explorer. An id of a plan the user does
not manage is treated as an id that does not exist."""

import re
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import make_municipality, make_user
from tests.privacy.routes import MINIMAL_PDF
from tests.privacy.test_crawl import body_of
from tests.privacy.test_same_denial import NOT_A_PAGE, comparable

PAGE_ACTIONS = ["delete", "move", "publish", "unpublish"]


@pytest.fixture
def colleagues(plan_factory):
    """A coordinator with one plan, and a colleague in the same municipality with another."""
    municipality = make_municipality()
    coordinator, colleague = make_user(), make_user()
    for user in (coordinator, colleague):
        user.groups.add(municipality.coordinators_group)
    own = plan_factory(municipality=municipality, coordinator=coordinator, person_name="Egen Person")
    foreign = plan_factory(municipality=municipality, coordinator=colleague, person_name="Hemmelig Person")
    return {"coordinator": coordinator, "own": own, "foreign": foreign, "index": own.get_parent()}


def bulk_url(action, *ids, model="wagtailcore/page", **params):
    query = "&".join([*(f"id={page_id}" for page_id in ids), *(f"{key}={value}" for key, value in params.items())])
    return f"/admin/bulk/{model}/{action}/?{query}"


ADMIN_CSRF_TOKEN = re.compile(r'"CSRF_TOKEN": "[^"]+"')


def same_answer(response, url):
    """`comparable`, less what the admin echoes besides: the URL HTML-escaped in the page or
    quoted in a sign-in redirect, and the CSRF token in its configuration."""
    status, headers, body = comparable(response, url)
    if "Location" in headers:
        headers["Location"] = headers["Location"].replace(quote(url, safe="/"), "<url>")
    return status, headers, ADMIN_CSRF_TOKEN.sub("csrf", body.replace(url.replace("&", "&amp;"), "<url>"))


@pytest.mark.parametrize("action", PAGE_ACTIONS)
def test_bulk_action_page_answers_another_coordinators_plan_as_a_missing_one(action, colleagues, client):
    client.force_login(colleagues["coordinator"])
    real, gone = bulk_url(action, colleagues["foreign"].pk), bulk_url(action, NOT_A_PAGE)
    denied = client.get(real)
    assert denied.status_code == 404
    assert same_answer(denied, real) == same_answer(client.get(gone), gone)


@pytest.mark.parametrize("action", PAGE_ACTIONS)
def test_bulk_action_page_lists_the_own_plan_and_leaves_out_the_foreign_one(action, colleagues, client):
    own, foreign = colleagues["own"], colleagues["foreign"]
    client.force_login(colleagues["coordinator"])
    mixed, with_missing = bulk_url(action, own.pk, foreign.pk), bulk_url(action, own.pk, NOT_A_PAGE)
    answer = client.get(mixed)
    assert own.title in body_of(answer)
    assert foreign.title not in body_of(answer)
    assert same_answer(answer, mixed) == same_answer(client.get(with_missing), with_missing)


@pytest.mark.parametrize("action", PAGE_ACTIONS)
def test_bulk_action_on_all_children_of_the_index_names_no_foreign_plan(action, colleagues, client):
    client.force_login(colleagues["coordinator"])
    body = body_of(client.get(bulk_url(action, "all", childOf=colleagues["index"].pk)))
    assert colleagues["foreign"].title not in body


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "all&childOf=abc", f"all&childOf={NOT_A_PAGE}"])
def test_malformed_bulk_action_ids_are_a_404_not_a_server_error(value, colleagues, client):
    client.force_login(colleagues["coordinator"])
    client.raise_request_exception = False
    assert client.get(f"/admin/bulk/wagtailcore/page/delete/?id={value}").status_code == 404


def test_bulk_action_on_a_plan_attachment_answers_as_a_missing_document(colleagues, client):
    document = get_document_model()(title="Hemmelig vedlegg", collection=colleagues["foreign"].collection)
    document.file.save("vedlegg.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    client.force_login(colleagues["coordinator"])
    real = bulk_url("delete", document.pk, model="wagtaildocs/document")
    gone = bulk_url("delete", NOT_A_PAGE, model="wagtaildocs/document")
    denied = client.get(real)
    document.file.delete(save=False)
    assert "Hemmelig vedlegg" not in body_of(denied)
    assert same_answer(denied, real) == same_answer(client.get(gone), gone)


def page_count_on_the_dashboard(client):
    summary = body_of(client.get("/admin/")).split('class="w-summary', 1)[1]
    return int(re.search(r"(\d+)\s+(?:Pages?|sider?)\b", summary).group(1))


def test_dashboard_counts_no_plan_of_another_coordinator(colleagues, plan_factory, client):
    client.force_login(colleagues["coordinator"])
    before = page_count_on_the_dashboard(client)
    plan_factory(municipality=colleagues["index"].get_parent().specific, coordinator=colleagues["foreign"].coordinator)
    assert page_count_on_the_dashboard(client) == before


def test_dashboard_counts_the_coordinators_own_new_plan(colleagues, plan_factory, client):
    client.force_login(colleagues["coordinator"])
    before = page_count_on_the_dashboard(client)
    plan_factory(municipality=colleagues["index"].get_parent().specific, coordinator=colleagues["coordinator"])
    assert page_count_on_the_dashboard(client) == before + 1
