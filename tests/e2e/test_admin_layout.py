"""The admin screens a coordinator and a local administrator use: no WCAG 2.1 A/AA violation
at phone and desktop width, and the plan register readable at 1280 px and on a tablet with no
word broken across lines."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, open_page

pytestmark = pytest.mark.e2e

TABLET = {"width": 768, "height": 1024}
REGISTER = "/admin/kommune/planregister/"
SCREENS = [
    pytest.param("nordby-koord", "/admin/", id="coordinator-dashboard"),
    pytest.param("nordby-koord", "/admin/pages/", id="coordinator-explorer"),
    pytest.param("nordby-koord", "/admin/mine-planer/", id="my-plans"),
    pytest.param("nordby-admin", REGISTER, id="plan-register"),
    pytest.param("nordby-admin", "/admin/kommune/koordinatorer/", id="coordinators"),
    pytest.param("nordby-admin", "/admin/snippets/snippets/plantemplate/", id="plan-templates"),
]
# Every word of the register table whose letters land on more than one line.
BROKEN_WORDS = """() => {
    const broken = [];
    const texts = document.createTreeWalker(document.querySelector('table.listing'), NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
        const node = texts.currentNode;
        for (const word of node.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
            if (lines.size > 1) broken.push(word[0]);
        }
    }
    return broken;
}"""


def open_screen(new_page, size, username, screen):
    def reach(page):
        # An error page has no axe violations either.
        assert page.goto(screen, wait_until="networkidle").status == 200, screen

    return open_page(new_page, size, username, reach)


@pytest.mark.parametrize("size", [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")])
@pytest.mark.parametrize(("username", "screen"), SCREENS)
def test_admin_screen_has_no_accessibility_violations(new_page, size, username, screen):
    page = open_screen(new_page, size, username, screen)
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", [pytest.param(DESKTOP, id="desktop"), pytest.param(TABLET, id="tablet")])
def test_plan_register_breaks_no_word_and_does_not_scroll_sideways(new_page, size):
    page = open_screen(new_page, size, "nordby-admin", REGISTER)
    assert page.evaluate(BROKEN_WORDS) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= size["width"]
