"""A guardian finds and reads the plan and writes to it; a read-only participant only reads."""

import re

import pytest
from pypdf import PdfWriter

from .browser import axe_violations, screenshot, sign_in

pytestmark = pytest.mark.e2e

PLAN_B = "Individuell opplæringsplan (IOP): Emil Hansen"
PLAN_C = "Stafettlogg: Emil Hansen"
PLAN_A = "Individuell plan (IP): Kari Nordmann"


def write_forms(page):
    """Forms inside the plan (the header's sign-out and language forms are not about the plan)."""
    return page.locator("main form")


def form_with(page, field_selector, section):
    """The form with that field in the plan section headed section (each section has its own form)."""
    part = page.locator("main section").filter(has=page.get_by_role("heading", name=section, exact=True, level=2))
    form = part.locator("form").filter(has=page.locator(field_selector)).first
    form.wait_for(timeout=15_000)
    return form


def fill_required_text_fields(form, text):
    for field in form.locator("input[type=text][required], textarea[required]").all():
        if not field.input_value():
            field.fill(text)


def small_pdf(tmp_path):
    path = tmp_path / "referat-fra-skolen.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as file:
        writer.write(file)
    return path


def open_plan(page, username, plan_link):
    sign_in(page, username)
    page.get_by_role("link", name=plan_link).click()
    page.wait_for_load_state()


def test_guardian_finds_the_plan_on_the_dashboard_and_reads_it(page):
    sign_in(page, "ola")
    assert page.get_by_role("heading", name="Mine planer").is_visible()
    assert page.get_by_role("link", name=PLAN_A).count() == 0

    page.get_by_role("link", name=PLAN_B).click()

    assert page.get_by_role("heading", name="Emil Hansen", level=1).is_visible()
    assert page.get_by_role("heading", name="Mål", exact=True).is_visible()
    assert page.get_by_role("heading", name="Logg", exact=True).is_visible()
    assert page.get_by_role("heading", name="Ansvarsgruppe", exact=True).is_visible()


def test_guardian_writes_a_log_entry_that_a_read_only_participant_then_reads(new_page):
    guardian = new_page()
    open_plan(guardian, "ola", PLAN_C)
    form = form_with(guardian, "textarea", "Logg")
    text = "Emil var med på fotballtreningen i dag og ble der hele økten."
    form.locator("textarea").first.fill(text)
    form.locator("[type=submit]").first.click()
    guardian.wait_for_load_state()
    assert guardian.get_by_text(text).first.is_visible()
    assert axe_violations(guardian) == []

    teacher = new_page()
    open_plan(teacher, "lise", PLAN_C)
    assert teacher.get_by_text(text).first.is_visible()
    assert write_forms(teacher).count() == 0


def test_empty_log_entry_shows_an_accessible_error(page, artifacts):
    open_plan(page, "ola", PLAN_C)
    form = form_with(page, "textarea", "Logg")
    form.evaluate("form => { form.noValidate = true; }")  # the server's own error, not the browser's bubble
    form.locator("[type=submit]").first.click()
    page.wait_for_load_state()

    assert page.locator(".field-error, .error-summary, [role=alert]").first.is_visible()
    screenshot(page, artifacts, "loggforing-feil")
    assert axe_violations(page) == []


def test_guardian_uploads_a_pdf(page, tmp_path):
    open_plan(page, "ola", PLAN_B)
    form = form_with(page, "input[type=file]", "Vedlegg")
    pdf = small_pdf(tmp_path)
    form.locator("input[type=file]").set_input_files(pdf)
    fill_required_text_fields(form, "Referat fra skolen")
    form.locator("[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.get_by_text(re.compile("referat", re.IGNORECASE)).first.is_visible()


@pytest.mark.parametrize(("username", "plan_link"), [("per", PLAN_A), ("lise", PLAN_C)], ids=["per-A", "lise-C"])
def test_read_only_participant_sees_the_log_but_no_write_forms(page, username, plan_link):
    open_plan(page, username, plan_link)
    log = page.locator("section", has=page.get_by_role("heading", name="Logg", exact=True))
    assert log.locator(".entry").count() >= 3
    assert write_forms(page).count() == 0
    assert page.locator("main input[type=file], main textarea").count() == 0


def focused(page):
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            return {
                tag: element.tagName.toLowerCase(), id: element.id, text: element.textContent.trim(),
                outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
                // Focus on a part of a browser widget (a date field's calendar button) leaves the
                // field itself unfocused; the browser draws that part's ring.
                inWidgetPart: !element.matches(":focus"),
            };
        }"""
    )


def test_keyboard_only_participant_signs_in_and_reaches_the_plan(page):
    page.goto("/logg-inn/")
    assert focused(page)["id"] == "id_username"
    page.keyboard.type("ola")
    page.keyboard.press("Tab")
    page.keyboard.type("samplan-demo")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    page.keyboard.press("Tab")
    skip_link = focused(page)
    assert skip_link["text"] == "Hopp til hovedinnhold" and skip_link["outline"]
    assert page.get_by_role("link", name="Hopp til hovedinnhold").is_visible()
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    page.keyboard.press("Tab")
    plan_link = focused(page)
    assert plan_link["tag"] == "a" and "Emil Hansen" in plan_link["text"] and plan_link["outline"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Emil Hansen", level=1).is_visible()
    assert elements_without_visible_focus(page) == []


def elements_without_visible_focus(page, most=60):
    """Tabs through the page once; every element that takes focus must show it."""
    unseen = []
    for _ in range(most):
        page.keyboard.press("Tab")
        element = focused(page)
        if element["tag"] == "body":
            break
        if not element["outline"] and not element["inWidgetPart"]:
            unseen.append(element)
    return unseen
