"""axe-core finds no WCAG 2.1 A/AA violation on the pages people use, at phone and desktop widths."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, plan_url, screenshot, sign_in

pytestmark = pytest.mark.e2e

WIDTHS = [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]

# Each demo plan, seen by a participant of it (DEMO.md).
PLANS = [
    pytest.param("kari", "Individuell plan (IP): Kari Nordmann", id="A-IP"),
    pytest.param("ola", "Individuell opplæringsplan (IOP): Emil Hansen", id="B-IOP"),
    pytest.param("ola", "Stafettlogg: Emil Hansen", id="C-Stafettlogg"),
    pytest.param("siri", "Individuell utviklingsplan (IUP): Nora Berg", id="D-IUP"),
]


def test_axe_catches_a_field_without_a_label(page):
    """The checker itself works: a field without a label on our own page is caught."""
    page.goto("/logg-inn/")
    page.evaluate("document.querySelector('label[for=id_password]').remove()")
    assert any(violation.startswith("label ") for violation in axe_violations(page))


@pytest.mark.parametrize("size", WIDTHS)
def test_sign_in_page_has_no_violations(new_page, artifacts, size):
    page = new_page(**size)
    page.goto("/logg-inn/")
    screenshot(page, artifacts, "logg-inn")
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", WIDTHS)
def test_sign_in_with_wrong_password_shows_an_accessible_error(new_page, artifacts, size):
    page = new_page(**size)
    sign_in(page, "ola", "feil-passord")
    assert page.get_by_role("alert").is_visible()
    screenshot(page, artifacts, "logg-inn-feil")
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", WIDTHS)
def test_dashboard_has_no_violations(new_page, artifacts, size):
    page = new_page(**size)
    sign_in(page, "ola")
    assert page.get_by_role("heading", name="Mine planer").is_visible()
    screenshot(page, artifacts, "mine-planer")
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize(("username", "plan_link"), PLANS)
def test_plan_page_of_each_type_has_no_violations(new_page, artifacts, size, username, plan_link):
    page = new_page(**size)
    sign_in(page, username)
    page.goto(plan_url(page, plan_link))
    screenshot(page, artifacts, f"plan-{plan_link.split(':')[0].split(' (')[0].lower().replace(' ', '-')}")
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", WIDTHS)
def test_accessibility_statement_has_no_violations(new_page, artifacts, size):
    page = new_page(**size)
    page.goto("/tilgjengelighet/")
    screenshot(page, artifacts, "tilgjengelighet")
    assert axe_violations(page) == []
