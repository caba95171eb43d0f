"""A local administrator edits one of the municipality's plan templates and views statistics."""

import re

import pytest

from .browser import sign_in

pytestmark = pytest.mark.e2e


def admin_menu_item(page, name, submenu=None):
    if submenu and page.get_by_role("button", name=submenu).count():
        page.get_by_role("button", name=submenu).click()
    # Wait for the menu rather than judging it while the admin is still drawing it.
    item = page.get_by_role("link", name=name, exact=True).first
    item.wait_for(timeout=15_000)
    return item


def test_local_administrator_edits_a_template_of_the_municipality(page):
    sign_in(page, "nordby-admin")
    page.goto("/admin/", wait_until="networkidle")
    admin_menu_item(page, "Planmaler").click()
    page.get_by_role("link", name="Nordby: IOP for barneskolen").click()
    description = page.locator("textarea[name=description]")
    description.fill("Oppdatert etter skolens innspill i november.")
    page.get_by_role("button", name="Lagre", exact=True).click()
    page.wait_for_load_state()

    assert page.get_by_text(re.compile("oppdatert", re.IGNORECASE)).first.is_visible()
    page.get_by_role("link", name="Nordby: IOP for barneskolen").click()
    assert page.locator("textarea[name=description]").input_value() == "Oppdatert etter skolens innspill i november."


def test_local_administrator_sees_no_other_municipalitys_templates(page):
    sign_in(page, "nordby-admin")
    page.goto("/admin/", wait_until="networkidle")
    admin_menu_item(page, "Planmaler").click()
    assert page.get_by_role("link", name=re.compile("^Sørvik")).count() == 0


def test_local_administrator_views_statistics_without_plan_content(page):
    sign_in(page, "nordby-admin")
    page.goto("/admin/", wait_until="networkidle")
    admin_menu_item(page, "Statistikk", submenu="Kommunen").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name=re.compile("Statistikk")).first.is_visible()
    assert page.get_by_text("Kari Nordmann").count() == 0
    assert page.get_by_text("Emil Hansen").count() == 0
