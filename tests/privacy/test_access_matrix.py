"""Every demo account (and an anonymous visitor) × every demo plan × every route to plan
content: 200 where ../shared/DEMO.md grants viewing, the 404 of a missing page otherwise."""

import pytest
from django.contrib.auth import get_user_model

from tests.demo_access import ACCOUNT_NAMES, PLAN_KEYS, may_view
from tests.privacy.routes import ROUTES

ANONYMOUS = "anonym"

CELLS = [
    pytest.param(account, plan_key, route, id=f"{account}-{plan_key}-{route}")
    for account in [*ACCOUNT_NAMES, ANONYMOUS]
    for plan_key in PLAN_KEYS
    for route in ROUTES
]


@pytest.mark.parametrize(("account", "plan_key", "route"), CELLS)
def test_access_matrix_cell(account, plan_key, route, demo_urls, db, client):
    if account != ANONYMOUS:
        client.force_login(get_user_model().objects.get(username=account))
    response = client.get(demo_urls[plan_key, route.name])
    assert response.status_code == (200 if may_view(account, plan_key) else 404)
