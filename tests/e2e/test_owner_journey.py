"""The plan owner sees who has opened the plan and downloads the plan as a PDF."""

import io
import re

import pytest
from pypdf import PdfReader

from .browser import axe_violations, screenshot, sign_in

pytestmark = pytest.mark.e2e

PLAN_A = "Individuell plan (IP): Kari Nordmann"
ACCESS_LOG_LINK = re.compile(r"innsyn|tilgangslogg|hvem har (åpnet|sett|lest)", re.IGNORECASE)
PDF_LINK = re.compile(r"PDF")


def plan_link_to(page, name):
    link = page.locator("main").get_by_role("link", name=name).first
    link.wait_for(timeout=15_000)
    return link


def open_plan_a_as_owner(page):
    sign_in(page, "kari")
    page.get_by_role("link", name=PLAN_A).click()
    page.wait_for_load_state()


def test_owner_opens_the_access_log_and_finds_her_own_visit(page, artifacts):
    open_plan_a_as_owner(page)
    plan_link_to(page, ACCESS_LOG_LINK).click()
    page.wait_for_load_state()

    assert page.get_by_role("heading", level=1).is_visible()
    assert page.get_by_text("Kari Nordmann").first.is_visible()
    screenshot(page, artifacts, "innsynslogg")
    assert axe_violations(page) == []


def test_owner_downloads_the_plan_as_pdf(page):
    open_plan_a_as_owner(page)
    href = plan_link_to(page, PDF_LINK).get_attribute("href")

    response = page.request.get(href)

    assert response.status == 200
    assert response.headers["content-type"].startswith("application/pdf")
    text = "".join(pdf_page.extract_text() for pdf_page in PdfReader(io.BytesIO(response.body())).pages)
    assert "Kari Nordmann" in text


def test_read_only_participant_gets_no_access_log(page):
    sign_in(page, "per")
    page.get_by_role("link", name=PLAN_A).click()
    assert page.locator("main").get_by_role("link", name=ACCESS_LOG_LINK).count() == 0
