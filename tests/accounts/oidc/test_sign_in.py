"""Signing in through a real OpenID provider (tests/oidc_provider) set up like ID-porten."""

import base64
import json
import logging
import re

import pytest
import requests
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from jwskate import Jwk

from accounts.models import PersonIdentity, ProviderSession, UserSession
from accounts.signals import person_identified
from tests.oidc_provider import PERSON, PERSON_WITHOUT_ACCOUNT

from .flow import at_provider_login, session_data, sign_in, signed_in_user_id

# The live server answers in another thread: its rows must be committed to be seen.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_sign_in_page_offers_id_porten_before_the_password(site):
    html = requests.get(f"{site}/logg-inn/", timeout=10).text
    assert 0 <= html.index("Logg inn med ID-porten") < html.index("Brukernavn")


def test_the_sign_in_page_has_no_id_porten_button_when_it_is_not_configured(site, settings):
    settings.SAMPLAN_IDPORTEN_ISSUER = ""
    assert "Logg inn med ID-porten" not in requests.get(f"{site}/logg-inn/", timeout=10).text


def test_a_person_with_a_linked_account_is_signed_in_to_it(site, browser, person):
    response = sign_in(browser, site, PERSON)
    assert response.status_code == 200
    assert signed_in_user_id(browser) == str(person.pk)


def test_the_session_records_the_level_the_person_signed_in_at(site, browser, person):
    sign_in(browser, site, PERSON)
    assert session_data(browser)["idporten_acr"] == "idporten-loa-high"


def test_the_sign_in_returns_to_the_page_asked_for(site, browser, person):
    response = sign_in(browser, site, PERSON, next_path="/profil/")
    assert response.url == f"{site}/profil/"


def test_a_sign_in_through_the_provider_counts_as_the_second_factor(site, browser, person, settings):
    settings.SAMPLAN_REQUIRE_2FA = True
    TOTPDevice.objects.create(user=person, name="Samplan", confirmed=True)
    response = sign_in(browser, site, PERSON, next_path="/profil/")
    assert response.url == f"{site}/profil/"


def test_a_password_sign_in_still_asks_for_the_second_factor(site, person, settings):
    settings.SAMPLAN_REQUIRE_2FA = True
    TOTPDevice.objects.create(user=person, name="Samplan", confirmed=True)
    browser = requests.Session()
    login_page = browser.get(f"{site}/logg-inn/")
    token = browser.cookies["csrftoken"]
    data = {"username": "testesen", "password": "ikke-brukt-passord-1", "csrfmiddlewaretoken": token}
    browser.post(f"{site}/logg-inn/", data=data, headers={"Referer": login_page.url})
    assert "/to-faktor/" in browser.get(f"{site}/profil/").url


def readable(value):
    """The value and, where it is a JWT or other base64url text, what it decodes to."""
    parts = [base64.urlsafe_b64decode(part[: len(part) // 4 * 4]) for part in re.findall(r"[\w-]{16,}", value)]
    return value + repr(parts)


def test_the_identity_number_is_not_logged(site, browser, person, caplog):
    caplog.set_level(logging.DEBUG)
    sign_in(browser, site, PERSON)
    assert PERSON not in caplog.text


def test_the_identity_number_is_not_kept_in_the_session_even_encoded(site, browser, person):
    sign_in(browser, site, PERSON)
    assert PERSON not in readable(repr(session_data(browser)))


def test_an_account_a_person_identified_receiver_returns_is_signed_in(site, browser, django_user_model):
    invited = django_user_model.objects.create_user("invitert")

    def accept_invitation(sender, user, **kwargs):
        return invited

    person_identified.connect(accept_invitation)
    try:
        sign_in(browser, site, PERSON_WITHOUT_ACCOUNT)
    finally:
        person_identified.disconnect(accept_invitation)
    assert signed_in_user_id(browser) == str(invited.pk)


def test_a_person_without_an_account_is_told_in_norwegian_and_not_signed_in(site, browser):
    response = sign_in(browser, site, PERSON_WITHOUT_ACCOUNT)
    assert response.status_code == 403
    assert "Du har ikke tilgang til Samplan ennå" in response.text
    assert signed_in_user_id(browser) is None


def test_a_person_without_an_account_leaves_no_rows(site, browser):
    sign_in(browser, site, PERSON_WITHOUT_ACCOUNT)
    assert get_user_model().objects.count() == 0
    assert not PersonIdentity.objects.exists()
    assert not UserSession.objects.exists()
    assert not ProviderSession.objects.exists()


def test_a_deactivated_account_is_not_signed_in(site, browser, person):
    person.is_active = False
    person.save()
    response = sign_in(browser, site, PERSON)
    assert response.status_code == 403
    assert signed_in_user_id(browser) is None


def test_the_issuer_may_be_set_with_a_trailing_slash(site, browser, person, settings, idporten):
    settings.SAMPLAN_IDPORTEN_ISSUER = f"{idporten.issuer}/"
    sign_in(browser, site, PERSON)
    assert signed_in_user_id(browser) == str(person.pk)


def test_the_client_key_may_come_from_a_pem_file_with_its_key_id(site, browser, person, settings, idporten, tmp_path):
    key = Jwk(json.loads(idporten.private_key))
    pem = tmp_path / "idporten-client.pem"
    pem.write_text(key.to_pem())
    settings.SAMPLAN_IDPORTEN_PRIVATE_KEY = ""
    settings.SAMPLAN_IDPORTEN_PRIVATE_KEY_FILE = str(pem)
    settings.SAMPLAN_IDPORTEN_KEY_ID = key.kid
    sign_in(browser, site, PERSON)
    assert signed_in_user_id(browser) == str(person.pk)


def test_the_provider_is_asked_to_speak_the_language_the_person_chose(site, browser):
    browser.cookies.set("django_language", "nn")
    assert '<html lang="nn">' in at_provider_login(browser, site).text
