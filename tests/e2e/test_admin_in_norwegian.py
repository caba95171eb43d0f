"""The admin screens a coordinator and a local administrator use show no English.

Each screen's visible text (and the labels a screen reader reads out: aria-label, title,
placeholder) is checked against words that exist only in English. The failure names the screen
and the word, so a missing translation is found where it shows."""

import re

import pytest

from .browser import sign_in

pytestmark = pytest.mark.e2e

ENGLISH_ONLY = [
    "Collapse all",
    "Expand all",
    "Insert a block",
    "Autosave",
    "Pages",
    "out of",
    "By status",
    "Dashboard",
    "Search",
    "Edit",
    "Delete",
    "Add child page",
    "True",
    "False",
    "None",
    "Save draft",
    "Publish",
    "Preview",
    "History",
    "Actions",
    "More options",
    "Toggle",
    "Show",
    "Reports",
    "Settings",
    "Help",
    "Close",
    "Cancel",
    "Choose",
    "Loading",
    "Page explorer",
    "Live",
    "Draft",
    "Updated",
    "Created",
    "Account",
    "Log out",
]
# Case-sensitive, whole words: "Status" is English, "Statusen" is not; nor the word inside a name.
ENGLISH_PATTERN = re.compile(r"(?<![\wæøåÆØÅ])(" + "|".join(map(re.escape, ENGLISH_ONLY)) + r")(?![\wæøåÆØÅ])")
SCREEN_TEXT = """() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
        .filter(el => el.closest('[hidden], template') === null)
        .map(el => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')]);
    return [document.title, document.body.innerText, ...labels.flat().filter(Boolean)].join('\\n');
}"""


def english_on(page, screen):
    page.wait_for_load_state("networkidle")
    return [f"{screen}: {word!r}" for word in sorted(set(ENGLISH_PATTERN.findall(page.evaluate(SCREEN_TEXT))))]


def visit(page, path, screen):
    page.goto(path, wait_until="networkidle")
    return english_on(page, screen)


def first_plan_id(page):
    page.goto("/admin/mine-planer/", wait_until="networkidle")
    href = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    return int(re.search(r"/admin/pages/(\d+)/edit/", href).group(1))


def parent_explorer(page, plan_id):
    """The explorer listing the plan and its siblings, as the editor's breadcrumb links to it."""
    links = page.locator("a[href^='/admin/pages/']").evaluate_all("els => els.map(e => e.pathname)")
    listings = [link for link in links if re.fullmatch(r"/admin/pages/\d+/", link)]
    return [link for link in listings if link != f"/admin/pages/{plan_id}/"][-1]


def editor_screens(page, plan_id):
    found = visit(page, f"/admin/pages/{plan_id}/edit/", "plan editor")
    explorer = parent_explorer(page, plan_id)
    for tab in page.get_by_role("tab").all():
        tab.click()
        found += english_on(page, f"plan editor, tab {tab.inner_text().strip()!r}")
    page.get_by_role("tab").first.click()
    page.locator("button.c-sf-add-button:visible").first.click()
    page.locator(".w-combobox, [role=listbox]").first.wait_for()
    found += english_on(page, "plan editor, StreamField block menu open")
    return found + visit(page, explorer, "plan explorer")


def coordinator_screens(page):
    found = visit(page, "/admin/", "dashboard")
    found += visit(page, "/admin/mine-planer/", "Mine planer")
    plan_id = first_plan_id(page)
    found += visit(page, f"/admin/planer/{plan_id}/ansvarsgruppe/", "Ansvarsgruppe")
    return found + editor_screens(page, plan_id)


def administrator_screens(page):
    found = visit(page, "/admin/", "dashboard")
    found += visit(page, "/admin/snippets/snippets/plantemplate/", "Planmaler")
    found += visit(page, "/admin/kommune/planregister/", "Planregister")
    found += visit(page, "/admin/kommune/koordinatorer/", "Koordinatorer")
    return found + visit(page, "/admin/kommune/statistikk/", "Statistikk")


def test_coordinator_meets_no_english_in_the_admin(page):
    sign_in(page, "nordby-koord")
    assert coordinator_screens(page) == []


def test_local_administrator_meets_no_english_in_the_admin(page):
    sign_in(page, "nordby-admin")
    assert administrator_screens(page) == []
