"""Every demo account × every demo plan × every admin view that renders a plan or names it:
the plan's coordinator and the operator get the view (and each read writes one access record),
everybody else the answer for a page that does not exist (a refused read is kept for the
operator). Bulk action
pages name a plan only to those who manage it; workflow views are closed to everyone; the
dashboard names and counts no plan the account does not manage."""

import pytest
from django.contrib.auth import get_user_model

from planpages.models import AccessRecord
from tests.demo_access import ACCOUNT_NAMES, PLAN_KEYS, demo_plan, may_administer
from tests.privacy.test_admin_corners import same_answer
from tests.privacy.test_crawl import body_of
from tests.privacy.test_same_denial import NOT_A_PAGE

# Admin views that show plan content: each GET is one read in the access log.
READS = {
    "edit": "/admin/pages/{id}/edit/",
    "preview": "/admin/pages/{id}/edit/preview/",
    "draft": "/admin/pages/{id}/view_draft/",
    "revision": "/admin/pages/{id}/revisions/{revision}/view/",
    "compare": "/admin/pages/{id}/revisions/compare/earliest...latest/",
    "history": "/admin/pages/{id}/history/",
}
# Admin views that name a plan without showing its content: no record.
NAMING = {
    "bulk delete": "/admin/bulk/wagtailcore/page/delete/?id={id}",
    "bulk unpublish": "/admin/bulk/wagtailcore/page/unpublish/?id={id}",
}
WORKFLOW = {"workflow preview": "/admin/pages/workflow/preview/{id}/1/"}
ROUTES = {**READS, **NAMING, **WORKFLOW}

CELLS = [
    pytest.param(account, plan_key, route, id=f"{account}-{plan_key}-{route}")
    for account in ACCOUNT_NAMES
    for plan_key in PLAN_KEYS
    for route in ROUTES
]


def expected_records(account, plan_key, route):
    return [may_administer(account, plan_key)] if route in READS else []


def answer_for(client, route, page_id, revision):
    url = ROUTES[route].format(id=page_id, revision=revision)
    return same_answer(client.get(url), url)


@pytest.mark.parametrize(("account", "plan_key", "route"), CELLS)
def test_admin_matrix_cell(account, plan_key, route, demo_urls, db, client):
    plan = demo_plan(plan_key)
    client.force_login(get_user_model().objects.get(username=account))
    already = set(AccessRecord.objects.filter(plan_id=plan.pk).values_list("pk", flat=True))
    answer = answer_for(client, route, plan.pk, plan.latest_revision_id)
    written = AccessRecord.objects.filter(plan_id=plan.pk).exclude(pk__in=already)
    assert [record.granted for record in written] == expected_records(account, plan_key, route)
    if route not in WORKFLOW and may_administer(account, plan_key):
        assert answer[0] == 200
    else:
        assert answer == answer_for(client, route, NOT_A_PAGE, plan.latest_revision_id)


@pytest.mark.parametrize("account", ACCOUNT_NAMES)
def test_dashboard_names_no_plan_the_account_does_not_manage(account, demo_urls, db, client):
    client.force_login(get_user_model().objects.get(username=account))
    body = body_of(client.get("/admin/"))
    hidden = [demo_plan(key).title for key in PLAN_KEYS if not may_administer(account, key)]
    assert [title for title in hidden if title in body] == []
