"""On a phone and a desktop, the plan page's section navigation takes you to each section."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, plan_url, screenshot, sign_in

pytestmark = pytest.mark.e2e

WIDTHS = [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]
PEOPLE = [
    pytest.param("lise", "Stafettlogg: Emil Hansen", True, id="lise-reads-C"),
    pytest.param("kari", "Individuell plan (IP): Kari Nordmann", False, id="kari-writes-A"),
]
# Polled, as the browser may scroll smoothly; a pixel of slack for sub-pixel layout.
IN_VIEW = """target => {
    const r = document.querySelector(target).getBoundingClientRect();
    return r.top >= -1 && r.bottom <= window.innerHeight + 1;
}"""


def open_plan(new_page, size, username, plan_link):
    page = new_page(**size)
    sign_in(page, username)
    page.goto(plan_url(page, plan_link))
    return page


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize(("username", "plan_link", "reads_only"), PEOPLE)
def test_each_navigation_link_brings_its_section_heading_into_view(new_page, size, username, plan_link, reads_only):
    page = open_plan(new_page, size, username, plan_link)
    links = page.locator("nav.section-nav a")
    assert links.count() >= 6
    for index in range(links.count()):
        target = links.nth(index).get_attribute("href")
        links.nth(index).click()
        assert page.evaluate("() => location.hash") == target
        page.wait_for_function(IN_VIEW, arg=target, timeout=5000)


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize(("username", "plan_link", "reads_only"), PEOPLE)
def test_read_only_notice_shows_for_a_reader_only(new_page, size, username, plan_link, reads_only):
    page = open_plan(new_page, size, username, plan_link)
    assert page.get_by_text("Du har lesetilgang").is_visible() is reads_only


@pytest.mark.parametrize("size", WIDTHS)
@pytest.mark.parametrize(("username", "plan_link", "reads_only"), PEOPLE)
def test_plan_page_with_header_and_navigation_has_no_violations(
    new_page, artifacts, size, username, plan_link, reads_only
):
    page = open_plan(new_page, size, username, plan_link)
    screenshot(page, artifacts, f"plan-seksjoner-{username}")
    assert axe_violations(page) == []


@pytest.mark.parametrize(("username", "plan_link", "reads_only"), PEOPLE)
def test_plan_page_does_not_scroll_sideways_at_375_px(new_page, username, plan_link, reads_only):
    page = open_plan(new_page, {"width": 375, "height": 812}, username, plan_link)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
