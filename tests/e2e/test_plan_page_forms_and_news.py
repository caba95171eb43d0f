"""On a phone and a desktop: a refused post lands on its form with the error announced and
linked to the field, a receipt shows where the user wrote, and what others wrote since the last
visit is marked in its section and counted in the section navigation."""

import pytest

from .browser import DESKTOP, PHONE, axe_violations, plan_url, sign_in

pytestmark = pytest.mark.e2e

WIDTHS = [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]
PLAN_A = "Individuell plan (IP): Kari Nordmann"
IN_VIEW = """element => {
    const r = element.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight;
}"""


def open_plan_a(new_page, size, username):
    page = new_page(**size)
    sign_in(page, username)
    page.goto(plan_url(page, PLAN_A))
    return page


@pytest.mark.parametrize("size", WIDTHS)
def test_a_refused_upload_lands_on_its_form_with_the_error_announced(new_page, size, tmp_path):
    page = open_plan_a(new_page, size, "kari")
    not_a_pdf = tmp_path / "notat.pdf"
    not_a_pdf.write_bytes(b"Dette er ingen PDF.")
    form = page.locator("form[action$='#section-attachments']")
    form.locator("input[type=file]").set_input_files(not_a_pdf)
    form.get_by_role("button", name="Last opp", exact=True).click()
    page.wait_for_load_state()

    assert page.evaluate("() => location.hash") == "#section-attachments"
    summary = page.locator("[aria-labelledby='section-attachments'] .ds-error-summary")
    page.wait_for_function(IN_VIEW, arg=summary.element_handle(), timeout=5000)
    assert page.evaluate("() => document.activeElement.classList.contains('ds-error-summary')")
    assert summary.get_by_role("alert").count() == 1
    summary.get_by_role("link").first.click()
    assert page.evaluate("() => document.activeElement.type") == "file"
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", WIDTHS)
def test_a_receipt_shows_in_the_section_the_user_wrote_in(new_page, size):
    page = open_plan_a(new_page, size, "kari")
    form = page.locator("form[action$='#section-log']")
    form.get_by_label("Ny loggføring").fill("Kari skrev i loggen fra nettleseren.")
    form.get_by_role("button", name="Lagre loggføring").click()
    page.wait_for_load_state()

    receipt = page.get_by_text("Loggføringen er lagret.")
    assert page.evaluate("() => location.hash") == "#section-log"
    page.wait_for_function(IN_VIEW, arg=receipt.element_handle(), timeout=5000)
    assert page.locator("[aria-labelledby='section-log']").get_by_text("Loggføringen er lagret.").count() == 1


@pytest.mark.parametrize("size", WIDTHS)
def test_what_others_wrote_since_the_last_visit_is_marked_and_counted(new_page, size):
    reader = open_plan_a(new_page, size, "per")
    writer = open_plan_a(new_page, size, "sara")
    text = f"Sara skrev en melding ({size['width']} px)."
    form = writer.locator("form[action$='#section-messages']")
    form.get_by_label("Ny melding").fill(text)
    form.get_by_role("button", name="Send melding").click()
    writer.wait_for_load_state()

    reader.reload()
    messages_link = reader.locator("nav.section-nav a[href='#section-messages']")
    assert "ny" in messages_link.inner_text()
    messages_link.click()
    entry = reader.locator("[aria-labelledby='section-messages'] .entry", has_text=text)
    assert entry.locator(".news-tag").is_visible()
    assert axe_violations(reader) == []

    reader.reload()
    seen_entry = reader.locator("[aria-labelledby='section-messages'] .entry", has_text=text)
    assert seen_entry.locator(".news-tag").count() == 0
