"""Every demo account (and an anonymous visitor) × every demo plan × the admin screens around
membership: the Ansvarsgruppe screen is the plan's coordinator's (and the operator's), the
handover page its municipality's local administrators' (and the operator's). Everyone else
gets exactly what a made-up plan id gets, and nothing is written."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageLogEntry

from planpages.models import PlanParticipant
from tests.demo_access import ACCOUNT_NAMES, PLAN_KEYS, demo_plan

ANONYMOUS = "anonym"
COORDINATORS = {"A": "nordby-koord", "B": "nordby-koord2", "C": "nordby-koord2", "D": "sorvik-koord"}
LOCAL_ADMINS = {"A": "nordby-admin", "B": "nordby-admin", "C": "nordby-admin", "D": "sorvik-admin"}
MADE_UP_ID = 987654


def members_urls(plan_id):
    return [f"/admin/planer/{plan_id}/ansvarsgruppe/", f"/admin/planer/{plan_id}/ansvarsgruppe/legg-til/?person=1"]


def handover_url(plan_id):
    return f"/admin/kommune/planer/{plan_id}/overfor/"


SCREENS = {
    "membership": (lambda plan_key: {"admin", COORDINATORS[plan_key]}, members_urls),
    "handover": (lambda plan_key: {"admin", LOCAL_ADMINS[plan_key]}, lambda plan_id: [handover_url(plan_id)]),
}

CELLS = [
    pytest.param(account, plan_key, screen, id=f"{account}-{plan_key}-{screen}")
    for account in [*ACCOUNT_NAMES, ANONYMOUS]
    for plan_key in PLAN_KEYS
    for screen in SCREENS
]


def comparable(response, plan_id):
    """Status, redirect target with the requested id blanked out, and body."""
    return response.status_code, response.get("Location", "").replace(str(plan_id), "<id>"), response.content


@pytest.mark.parametrize(("account", "plan_key", "screen"), CELLS)
def test_admin_matrix_cell(account, plan_key, screen, demo_urls, db, client):
    if account != ANONYMOUS:
        client.force_login(get_user_model().objects.get(username=account))
    allowed, urls_for = SCREENS[screen]
    plan = demo_plan(plan_key)
    rows_before = (PageLogEntry.objects.count(), PlanParticipant.objects.count())
    if account in allowed(plan_key):
        assert client.get(urls_for(plan.pk)[0]).status_code == 200
        return
    for real_url, made_up_url in zip(urls_for(plan.pk), urls_for(MADE_UP_ID), strict=True):
        real, made_up = client.get(real_url), client.get(made_up_url)
        assert real.status_code in (302, 404)
        assert comparable(real, plan.pk) == comparable(made_up, MADE_UP_ID)
        assert client.post(real_url, {"person": 1, "coordinator": 1, "confirm": "1"}).status_code in (302, 404)
    assert (PageLogEntry.objects.count(), PlanParticipant.objects.count()) == rows_before
