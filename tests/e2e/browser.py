"""What the journeys do in the browser: sign in, check accessibility, take screenshots, probe routes."""

import json
from functools import cache
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEMO_PASSWORD = "samplan-demo"  # noqa: S105 - the documented password of the fictional demo accounts
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# WCAG 2.1 success criteria axe checks only when asked: 2.5.3 Label in Name (level A).
EXPERIMENTAL_WCAG_21_RULES = {"label-content-name-mismatch": {"enabled": True}}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def sign_in(page, username, password=DEMO_PASSWORD):
    page.goto("/logg-inn/")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(password)
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_load_state()


@cache
def axe_source():
    return AXE_SCRIPT.read_text()


def axe_violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each.

    Evaluated rather than added as a script tag, so a strict Content-Security-Policy cannot block it.
    """
    page.evaluate(axe_source())
    results = page.evaluate(
        "([tags, rules]) => axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, rules, resultTypes: ['violations']})",
        [WCAG_21_AA, EXPERIMENTAL_WCAG_21_RULES],
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + json.dumps([node["target"] for node in violation["nodes"]][:5])
        for violation in results["violations"]
    ]


def open_page(new_page, size, username, reach):
    """A page at `size`, signed in as `username` (None: signed out), reached by `reach(page)`."""
    page = new_page(**size)
    if username:
        sign_in(page, username)
    reach(page)
    assert username is None or "/logg-inn/" not in page.url, "the sign-in did not take"
    return page


def screenshot(page, artifacts, name):
    """Saves the page at its current size under test-artifacts/, named for the page and width."""
    width = page.viewport_size["width"]
    page.screenshot(path=artifacts / f"{name}-{width}.png", full_page=True)


def route_exists(page, path):
    """True when the signed-in user gets something other than 404 at path: the feature has landed."""
    return page.request.get(path, max_redirects=0).status != 404


def plan_url(page, person_name):
    """The plan's opaque URL, as the signed-in user finds it on the dashboard."""
    page.goto("/")
    return page.get_by_role("link", name=person_name).first.get_attribute("href")
