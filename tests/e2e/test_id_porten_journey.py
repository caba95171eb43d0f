"""A guardian signs in with ID-porten (the tests' real OpenID provider), finds her plan, and signs
out of Samplan and ID-porten at once."""

import pytest

from demo.people import IDENTITY_NUMBERS

from .browser import axe_violations

pytestmark = pytest.mark.e2e

PLAN_A = "Individuell plan (IP): Kari Nordmann"


def test_guardian_signs_in_with_id_porten_and_signs_out_of_both(page, id_porten):
    page.goto("/logg-inn/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Logg inn med ID-porten").click()

    page.get_by_label("Fødselsnummer").fill(IDENTITY_NUMBERS["kari"])
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Mine planer").is_visible()
    assert page.get_by_role("link", name=PLAN_A).is_visible()

    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url(f"{id_porten.issuer}/**")
    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url("**/logg-inn/")
    assert page.get_by_role("heading", name="Logg inn i Samplan").is_visible()
    page.goto("/")
    assert "/logg-inn/" in page.url
