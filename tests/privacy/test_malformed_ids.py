"""A malformed or impossibly large id in an admin or plan URL names nothing: it gets the 404 of
a missing id, never a server error."""

import pytest

from tests.privacy.test_same_denial import NOT_A_PAGE, comparable

TOO_LARGE = 10**20
MALFORMED = [
    ("/admin/pages/abc/edit/", f"/admin/pages/{NOT_A_PAGE}/edit/"),
    (f"/admin/pages/{TOO_LARGE}/", f"/admin/pages/{NOT_A_PAGE}/"),
    (f"/admin/pages/{TOO_LARGE}/edit/", f"/admin/pages/{NOT_A_PAGE}/edit/"),
    (f"/admin/pages/{TOO_LARGE}/revisions/1/view/", f"/admin/pages/{NOT_A_PAGE}/revisions/1/view/"),
    (f"/admin/choose-page/{TOO_LARGE}/", f"/admin/choose-page/{NOT_A_PAGE}/"),
]


@pytest.mark.parametrize(("malformed", "missing"), MALFORMED)
@pytest.mark.parametrize("who", ["anonymous", "coordinator"])
def test_malformed_admin_id_gets_the_404_of_a_missing_one(who, malformed, missing, plan_factory, client):
    plan = plan_factory()
    if who == "coordinator":
        client.force_login(plan.coordinator)
    answer = client.get(malformed)
    assert answer.status_code == 404
    assert comparable(answer, malformed) == comparable(client.get(missing), missing)


def test_too_large_attachment_id_on_a_plan_is_a_404(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert client.get(f"{plan.url}vedlegg/{TOO_LARGE}/").status_code == 404


def test_too_large_id_in_an_admin_filter_is_a_404_not_a_server_error(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    client.raise_request_exception = False
    assert client.get(f"/admin/pages/{plan.pk}/history/?user={TOO_LARGE}").status_code == 404
