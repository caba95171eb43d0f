"""The header's language switch changes the pages' text and their lang attribute."""

import pytest

from .browser import axe_violations, sign_in

pytestmark = pytest.mark.e2e


def switch_language(page, name, button="Bytt språk"):
    page.get_by_label("Språk").select_option(label=name)
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def test_participant_switches_to_nynorsk_and_back(page):
    sign_in(page, "ola")
    switch_language(page, "Norsk (nynorsk)")

    assert page.locator("html").get_attribute("lang") == "nn"
    assert page.get_by_role("heading", name="Mine planar").is_visible()
    assert axe_violations(page) == []

    switch_language(page, "Norsk (bokmål)", button="Byt språk")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.get_by_role("heading", name="Mine planer").is_visible()


def test_visitor_switches_the_sign_in_page_to_english(page):
    page.goto("/logg-inn/")
    switch_language(page, "English")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Sign in to Samplan").is_visible()
    assert page.get_by_role("link", name="Skip to main content").count() == 1


def test_browser_asking_for_english_gets_english(new_page):
    page = new_page(locale="en-GB")
    page.goto("/logg-inn/")
    assert page.locator("html").get_attribute("lang") == "en"


def test_plan_page_in_english_stays_on_the_plan(page):
    sign_in(page, "kari")
    page.get_by_role("link", name="Kari Nordmann").click()
    plan_url = page.url
    switch_language(page, "English")

    assert page.url == plan_url
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Responsibility group", exact=True).is_visible()
    assert page.get_by_role("heading", name="About me", exact=True).is_visible()
    assert axe_violations(page) == []
