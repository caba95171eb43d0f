"""Only signed-in readers write a plan's access log: a request from outside (nobody signed in,
or a session the site no longer accepts) writes no record and gets the answer of a made-up id,
so nobody can flood or alarm an owner, or learn from a written row that a plan exists."""

import pytest

from planpages.models import AccessRecord
from tests.factories import make_user, meeting_block
from tests.privacy.routes import ROUTES
from tests.privacy.test_same_denial import ADMIN_PAGE_URLS, NOT_A_PAGE, comparable, gone_plan_urls


def rejected_session(client):
    """A session cookie of an account that was deactivated after signing in."""
    user = make_user()
    client.force_login(user)
    type(user).objects.filter(pk=user.pk).update(is_active=False)


OUTSIDERS = {"anonymous": lambda client: None, "rejected session": rejected_session}


@pytest.mark.parametrize("route", ROUTES, ids=str)
@pytest.mark.parametrize("who", OUTSIDERS)
def test_outside_request_to_a_plan_route_writes_no_access_record(who, route, plan_factory, client):
    plan = plan_factory(body=[meeting_block()])
    gone = gone_plan_urls(plan_factory)[route.name]
    real = route.url_for(plan)
    OUTSIDERS[who](client)
    answer = client.get(real)
    assert not AccessRecord.objects.filter(plan_id=plan.pk).exists()
    assert comparable(answer, real) == comparable(client.get(gone), gone)


@pytest.mark.parametrize("template", ADMIN_PAGE_URLS)
@pytest.mark.parametrize("who", OUTSIDERS)
def test_outside_request_to_an_admin_url_of_a_plan_writes_no_access_record(who, template, plan_factory, client):
    plan = plan_factory(body=[meeting_block()])
    real, gone = (template.format(id=page_id, revision=plan.latest_revision_id) for page_id in (plan.pk, NOT_A_PAGE))
    OUTSIDERS[who](client)
    answer = client.get(real)
    assert not AccessRecord.objects.filter(plan_id=plan.pk).exists()
    assert comparable(answer, real) == comparable(client.get(gone), gone)


def test_signed_in_strangers_attempt_is_still_kept_for_the_operator(plan_factory, client):
    stranger = make_user(first_name="Sara", last_name="Fremmed")
    plan = plan_factory()
    client.force_login(stranger)
    client.get(f"/admin/pages/{plan.pk}/edit/")
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.user_id, record.user_display, record.granted) == (stranger.pk, "Sara Fremmed", False)
