"""The baton offer as `sara` meets it on plan C (DEMO.md): asked, with accessible answers."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, plan_url, screenshot, sign_in

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("size", [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")])
def test_the_receiver_is_asked_and_the_answers_have_no_violations(new_page, artifacts, size):
    page = new_page(**size)
    sign_in(page, "sara")
    page.goto(plan_url(page, "Stafettlogg: Emil Hansen"))
    assert page.get_by_text("Du er spurt om å ta over stafettloggen").is_visible()
    assert page.get_by_role("button", name="Ta over stafettloggen").is_visible()
    assert page.get_by_role("button", name="Takk nei").is_visible()
    screenshot(page, artifacts, "plan-stafettlogg-baton-offer")
    assert axe_violations(page) == []
