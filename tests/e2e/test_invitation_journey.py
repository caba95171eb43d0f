"""A coordinator invites someone who is not in Samplan yet; the person follows the e-mail's link
and signs in with ID-porten with the invited identity number; once the plan owner's consent covers
them too, they find the plan."""

import re

import pytest

from tests.oidc_provider import PERSON_WITHOUT_ACCOUNT

from .browser import axe_violations, sign_in

pytestmark = pytest.mark.e2e

PLAN_A = "Individuell plan (IP): Kari Nordmann"
INVITED = "Ukjent Ergoterapeut"
INVITATION_LINK = re.compile(r"http://127\.0\.0\.1:\d+/invitasjon/[\w-]+/")


def open_membership_screen(page, person_name):
    page.goto("/")
    page.get_by_role("link", name=person_name).first.click()
    page.get_by_role("link", name="Rediger planen").click()
    page.get_by_role("tab", name="Ansvarsgruppe").click()
    page.get_by_role("link", name="Endre ansvarsgruppen").click()


def invite(page, name, pid, email):
    page.get_by_role("link", name="Inviter en person som ikke er i Samplan ennå").click()
    assert axe_violations(page) == []
    page.locator("#id_name").fill(name)
    page.get_by_label("Fødselsnummer").fill(pid)
    page.get_by_label("E-postadresse").fill(email)
    page.get_by_role("button", name="Send invitasjon").click()
    page.get_by_text(f"Invitasjonen til {name} er sendt.").wait_for()


def invitation_link(server_output, before):
    """The newest invitation link the server has sent since `before` (bytes of its output)."""
    sent = server_output.read_text()[before:]
    links = INVITATION_LINK.findall(sent)
    assert links, "no invitation was sent"
    return links[-1]


def give_consent_covering_everyone(page, person_name, until="2027-06-30"):
    page.goto("/")
    page.get_by_role("link", name=person_name).first.click()
    form = page.locator("form").filter(has=page.get_by_role("heading", name="Gi eller nekt samtykke"))
    for box in form.get_by_role("checkbox").all():
        box.check()
    form.get_by_label("Samtykket gjelder til og med").fill(until)
    form.get_by_role("button", name="Gi samtykke", exact=True).click()
    page.wait_for_load_state()


def test_an_invited_person_signs_in_with_id_porten_and_finds_the_plan(new_page, server_output):
    coordinator = new_page()
    sign_in(coordinator, "nordby-koord")
    open_membership_screen(coordinator, PLAN_A)
    before = len(server_output.read_text())
    invite(coordinator, INVITED, PERSON_WITHOUT_ACCOUNT, "ergo@example.no")
    assert coordinator.get_by_text("invitert, ikke logget inn ennå").is_visible()

    person = new_page(**{"width": 390, "height": 844})
    person.goto(invitation_link(server_output, before))
    assert person.get_by_role("heading", name="Du er invitert til Samplan").is_visible()
    assert "Kari" not in person.content()
    assert axe_violations(person) == []
    person.get_by_role("link", name="Logg inn med ID-porten").click()
    person.get_by_role("link", name="Logg inn med ID-porten").click()
    person.get_by_label("Fødselsnummer").fill(PERSON_WITHOUT_ACCOUNT)
    person.get_by_role("button", name="Logg inn").click()
    person.wait_for_load_state()

    assert person.get_by_role("heading", name="Mine planer").is_visible()
    assert person.get_by_role("link", name=PLAN_A).count() == 0  # the owner's consent does not cover them yet

    owner = new_page()
    sign_in(owner, "kari")
    give_consent_covering_everyone(owner, PLAN_A)
    person.goto("/")
    person.get_by_role("link", name=PLAN_A).click()
    assert person.get_by_role("heading", name="Kari Nordmann", level=1).is_visible()
    coordinator.reload()
    assert coordinator.get_by_text("invitert, ikke logget inn ennå").count() == 0
