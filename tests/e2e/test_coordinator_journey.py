"""A coordinator creates an IOP from a template in the Wagtail editor and publishes it."""

import re

import pytest

from .browser import sign_in

pytestmark = pytest.mark.e2e

PERSON = "Tuva Nettlesen"
GOAL = "Lese korte tekster på egen hånd"


def start_plan_from_template(page, plan_type, template, person_name):
    """Our two steps before Wagtail's editor: plan type, then template and whose plan it is."""
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Planer", exact=True).first.click()
    page.get_by_role("link", name="Legg til underside").first.click()
    page.get_by_label(plan_type).check()
    page.get_by_role("button", name="Neste: velg mal").click()
    page.get_by_label("Planmal").select_option(label=template)
    page.get_by_label("Navn på personen planen gjelder").fill(person_name)
    page.get_by_role("button", name="Opprett plan").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))


def write_about_me(page, text):
    """The template's instruction is shown as guidance; the person's own words are written here."""
    page.locator("textarea[name$='-value-who_i_am']").first.fill(text)


def add_goal(page, title):
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Hovedmål").click()
    page.locator("input[name^='body-'][name$='-value-title']").last.fill(title)


def add_participant(page, name, access):
    """On the membership screen: search by name, choose the match, set the access."""
    page.get_by_label("Søk etter navn").fill(name.split()[0])
    page.get_by_role("button", name="Søk etter person").click()
    page.get_by_role("link", name=f"Legg til {name}").click()
    page.locator("#id_access").select_option(label=access)
    page.get_by_role("button", name="Legg til").click()
    page.get_by_text(f"{name} er lagt til i ansvarsgruppen.").wait_for()


def publish(page):
    page.get_by_role("button", name="Flere handlinger").click()
    page.get_by_role("button", name="Publiser").click()
    page.wait_for_load_state()


def test_coordinator_creates_an_iop_from_a_template_and_publishes_it(new_page):
    coordinator = new_page()
    sign_in(coordinator, "nordby-koord")
    start_plan_from_template(coordinator, "Individuell opplæringsplan (IOP)", "Nasjonal mal for IOP", PERSON)
    assert coordinator.locator("input[name$='-value-title']").first.input_value() == "Mål for opplæringen"

    write_about_me(coordinator, "Jeg heter Tuva og liker å tegne.")
    add_goal(coordinator, GOAL)
    editor_url = coordinator.url
    publish(coordinator)
    assert coordinator.get_by_text("publisert").first.is_visible()
    coordinator.goto(editor_url)
    coordinator.get_by_role("tab", name="Ansvarsgruppe").click()
    coordinator.get_by_role("link", name="Endre ansvarsgruppen").click()
    add_participant(coordinator, "Lise Lærer", "Lese og skrive")
    add_participant(coordinator, "Per Fysioterapeut", "Lese")

    teacher = new_page()
    sign_in(teacher, "lise")
    teacher.get_by_role("link", name=PERSON).click()
    assert teacher.get_by_role("heading", name=PERSON, level=1).is_visible()
    assert teacher.get_by_role("heading", name=GOAL).is_visible()
    assert teacher.get_by_role("heading", name="Mål for opplæringen").is_visible()
    assert teacher.get_by_text("Per Fysioterapeut").is_visible()

    outsider = new_page()
    sign_in(outsider, "sara")
    assert outsider.get_by_role("link", name=PERSON).count() == 0
    assert outsider.goto(teacher.url).status == 404
