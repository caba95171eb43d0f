"""Every page the journeys visit, once more on its own: no WCAG 2.1 A/AA violation at phone and
desktop width, and nothing that scrolls sideways on a 375 px phone.

A page is reached the way its user reaches it: a path, or a link followed from the plan page."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, open_page, plan_url

pytestmark = pytest.mark.e2e

NARROW_PHONE = {"width": 375, "height": 812}
PLAN_A = "Individuell plan (IP): Kari Nordmann"
PLAN_C = "Stafettlogg: Emil Hansen"


def path(address):
    return lambda page: page.goto(address)


def plan(person_name):
    return lambda page: page.goto(plan_url(page, person_name))


def link_on_plan(person_name, link_text):
    def reach(page):
        page.goto(plan_url(page, person_name))
        page.get_by_role("link", name=link_text).first.click()
        page.wait_for_load_state()

    return reach


PAGES = [
    pytest.param(None, path("/logg-inn/"), id="sign-in"),
    pytest.param(None, path("/tilgjengelighet/"), id="accessibility-statement"),
    pytest.param("kari", path("/"), id="dashboard"),
    pytest.param("kari", plan(PLAN_A), id="plan-as-owner"),
    pytest.param("per", plan(PLAN_A), id="plan-as-reader"),
    pytest.param("sara", plan(PLAN_C), id="plan-with-baton-offer"),
    pytest.param("nordby-koord", plan(PLAN_A), id="plan-as-coordinator"),
    pytest.param("kari", link_on_plan(PLAN_A, "Se referatet og tidligere versjoner"), id="meeting-minutes"),
    pytest.param("kari", link_on_plan(PLAN_A, "Se hvem som har åpnet planen (innsynslogg)"), id="access-log"),
    pytest.param("kari", path("/profil/"), id="profile"),
    pytest.param("kari", path("/profil/passord/"), id="change-password"),
    pytest.param("kari", path("/profil/e-post/"), id="change-email"),
    pytest.param("kari", path("/innstillinger/varsler/"), id="notification-settings"),
    pytest.param("ukjent", path("/"), id="dashboard-without-plans"),
]


@pytest.mark.parametrize("size", [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")])
@pytest.mark.parametrize(("username", "reach"), PAGES)
def test_page_has_no_accessibility_violations(new_page, size, username, reach):
    page = open_page(new_page, size, username, reach)
    assert axe_violations(page) == []


@pytest.mark.parametrize(("username", "reach"), PAGES)
def test_page_does_not_scroll_sideways_on_a_375_px_phone(new_page, username, reach):
    page = open_page(new_page, NARROW_PHONE, username, reach)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW_PHONE["width"]
