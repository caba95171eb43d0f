"""Signing out ends the provider's session too; the provider's logout ends Samplan's session."""

import re
import time
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from jwskate import Jwk, Jwt, SignedJwt

from accounts.models import ProviderSession
from tests.oidc_provider import CLIENT_ID, PERSON

from .flow import form_of, sign_in, signed_in_user_id

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BACK_CHANNEL = "/logg-inn/oidc/idporten/utlogging/"
FRONT_CHANNEL = "/logg-inn/oidc/idporten/utlogging-frontkanal/"


def sign_out(browser, site):
    token = browser.cookies["csrftoken"]
    return browser.post(
        f"{site}/logg-ut/",
        data={"csrfmiddlewaretoken": token},
        headers={"Referer": f"{site}/"},
        allow_redirects=False,
    )


def provider_logout_link(response):
    """Where the signed-out page sends the person on: the provider's end-session endpoint."""
    return unescape(re.search(r'<a class="ds-button" data-variant="primary" href="([^"]+)"', response.text).group(1))


@pytest.fixture
def signed_in(site, browser, person):
    sign_in(browser, site, PERSON)
    browser.get(f"{site}/profil/")  # sets the CSRF cookie the sign-out form needs
    assert signed_in_user_id(browser) == str(person.pk)
    return browser


def provider_sid(browser):
    return ProviderSession.objects.get(session_key=browser.cookies["sessionid"]).sid


def test_signing_out_ends_the_samplan_session(site, signed_in):
    sign_out(signed_in, site)
    assert signed_in_user_id(signed_in) is None


def test_signing_out_sends_the_person_to_the_provider_with_the_id_token_as_hint(site, signed_in, idporten):
    location = provider_logout_link(sign_out(signed_in, site))
    query = parse_qs(urlsplit(location).query)
    assert location.startswith(f"{idporten.issuer}/session/end")
    assert SignedJwt(query["id_token_hint"][0]).claims["pid"] == PERSON
    assert query["post_logout_redirect_uri"] == [f"{site}/logg-inn/"]


def test_the_provider_sends_the_person_back_to_the_sign_in_page_after_its_logout(site, signed_in):
    confirm_page = signed_in.get(provider_logout_link(sign_out(signed_in, site)))
    action, fields = form_of(confirm_page)
    response = signed_in.post(action, data={**fields, "logout": "yes"})
    assert response.url == f"{site}/logg-inn/"


def test_a_password_sign_in_signs_out_without_visiting_a_provider(site, person):
    browser = requests.Session()
    login_page = browser.get(f"{site}/logg-inn/")
    data = {"username": person.username, "password": "ikke-brukt-passord-1"}
    data["csrfmiddlewaretoken"] = browser.cookies["csrftoken"]
    browser.post(f"{site}/logg-inn/", data=data, headers={"Referer": login_page.url})
    assert sign_out(browser, site).headers["Location"] == "/logg-inn/"


def test_the_providers_back_channel_logout_ends_the_samplan_session(site, signed_in, idporten):
    # The person signs out at the provider directly (another service, say): no id_token_hint.
    confirm_page = signed_in.get(f"{idporten.issuer}/session/end")
    action, fields = form_of(confirm_page)
    signed_in.post(action, data={**fields, "logout": "yes"})
    assert signed_in_user_id(signed_in) is None
    assert not ProviderSession.objects.exists()


def forged_logout_token(idporten, sid):
    impostor = Jwk.generate(alg="RS256", kid="samplan-test-provider")
    now = int(time.time())
    claims = {
        "iss": idporten.issuer,
        "aud": CLIENT_ID,
        "iat": now,
        "exp": now + 60,
        "jti": "forged",
        "sid": sid,
        "events": {"http://schemas.openid.net/event/backchannel-logout": {}},
    }

    return str(Jwt.sign(claims, impostor, alg="RS256"))


def test_a_back_channel_logout_token_not_signed_by_the_provider_is_refused(site, signed_in, idporten):
    token = forged_logout_token(idporten, provider_sid(signed_in))
    response = requests.post(f"{site}{BACK_CHANNEL}", data={"logout_token": token}, timeout=10)
    assert response.status_code == 400
    assert signed_in_user_id(signed_in) is not None


def test_the_providers_front_channel_logout_ends_the_samplan_session(site, signed_in, idporten):
    params = {"iss": idporten.issuer, "sid": provider_sid(signed_in)}
    response = requests.get(f"{site}{FRONT_CHANNEL}", params=params, timeout=10)
    assert response.status_code == 200
    assert signed_in_user_id(signed_in) is None


def test_a_front_channel_logout_from_another_issuer_ends_nothing(site, signed_in):
    params = {"iss": "https://idporten.example", "sid": provider_sid(signed_in)}
    requests.get(f"{site}{FRONT_CHANNEL}", params=params, timeout=10)
    assert signed_in_user_id(signed_in) is not None


def test_the_admins_sign_out_ends_the_provider_session_too(site, signed_in, idporten):
    token = signed_in.cookies["csrftoken"]
    response = signed_in.post(
        f"{site}/admin/logout/", data={"csrfmiddlewaretoken": token}, headers={"Referer": f"{site}/admin/"}
    )
    assert provider_logout_link(response).startswith(f"{idporten.issuer}/session/end")
    assert signed_in_user_id(signed_in) is None
