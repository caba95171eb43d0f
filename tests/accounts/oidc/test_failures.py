"""Every way a provider sign-in can fail gives a clear Norwegian page and changes nothing."""

import pytest
import requests
from django.contrib.auth import get_user_model

from accounts.models import ProviderSession, UserSession
from tests.oidc_provider import (
    PERSON,
    PERSON_AT_SUBSTANTIAL,
    PERSON_WITH_EXPIRED_TOKEN,
    PERSON_WITH_WRONGLY_SIGNED_TOKEN,
    free_port,
)

from .flow import START, at_provider_login, callback_url, sign_in, signed_in_user_id

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COULD_NOT_FINISH = "Innloggingen kunne ikke fullføres"


def nothing_changed(browser, sessions_before=0):
    return (
        signed_in_user_id(browser) is None
        and UserSession.objects.count() == sessions_before
        and ProviderSession.objects.count() == sessions_before
    )


def test_a_wrong_state_is_refused(site, browser, person):
    returned = callback_url(browser, site, PERSON).replace("state=", "state=x")
    response = browser.get(returned)
    assert response.status_code == 400 and COULD_NOT_FINISH in response.text
    assert nothing_changed(browser)


def test_a_return_without_a_sign_in_under_way_is_refused(site, browser, person):
    returned = callback_url(requests.Session(), site, PERSON)
    response = browser.get(returned)
    assert response.status_code == 400 and COULD_NOT_FINISH in response.text
    assert nothing_changed(browser)


def test_a_replayed_code_is_refused(site, person):
    first = requests.Session()
    used = callback_url(first, site, PERSON)
    first.get(used)
    second = requests.Session()
    returned = callback_url(second, site, PERSON)
    state = returned.split("state=")[1].split("&")[0]
    code = used.split("code=")[1].split("&")[0]
    replay = returned.replace(returned.split("code=")[1].split("&")[0], code)
    assert f"state={state}" in replay
    response = second.get(replay)
    assert response.status_code == 400 and COULD_NOT_FINISH in response.text
    assert nothing_changed(second, sessions_before=1)


def test_an_expired_id_token_is_refused(site, browser, person):
    response = sign_in(browser, site, PERSON_WITH_EXPIRED_TOKEN)
    assert response.status_code == 400 and COULD_NOT_FINISH in response.text
    assert nothing_changed(browser)


def test_an_id_token_signed_with_a_key_the_provider_does_not_publish_is_refused(site, browser, person):
    response = sign_in(browser, site, PERSON_WITH_WRONGLY_SIGNED_TOKEN)
    assert response.status_code == 400 and COULD_NOT_FINISH in response.text
    assert nothing_changed(browser)


def test_a_lower_level_than_asked_is_refused(site, browser, person):
    response = sign_in(browser, site, PERSON_AT_SUBSTANTIAL)
    assert response.status_code == 403 and "for lavt sikkerhetsnivå" in response.text
    assert nothing_changed(browser)


def test_a_lower_level_is_accepted_where_the_deployment_asks_for_it(site, browser, settings, django_user_model):
    from accounts.identity import pid_digest
    from accounts.models import PersonIdentity

    settings.SAMPLAN_IDPORTEN_ACR_VALUES = "idporten-loa-substantial"
    user = django_user_model.objects.create_user("vesentlig")
    PersonIdentity.objects.create(user=user, pid_digest=pid_digest(PERSON_AT_SUBSTANTIAL))
    sign_in(browser, site, PERSON_AT_SUBSTANTIAL)
    assert signed_in_user_id(browser) == str(user.pk)


def test_a_higher_level_than_asked_is_accepted(site, browser, settings, person):
    settings.SAMPLAN_IDPORTEN_ACR_VALUES = "idporten-loa-substantial"
    sign_in(browser, site, PERSON)
    assert signed_in_user_id(browser) == str(person.pk)


def test_a_provider_that_is_down_is_explained(site, browser, settings):
    settings.SAMPLAN_IDPORTEN_ISSUER = f"http://127.0.0.1:{free_port()}"
    response = browser.get(f"{site}{START}")
    assert response.status_code == 502 and "ID-porten svarer ikke akkurat nå" in response.text
    assert nothing_changed(browser)


def test_cancelling_at_the_provider_is_explained(site, browser, person):
    login_page = at_provider_login(browser, site)
    cancel = login_page.text.split('<a href="')[1].split('"')[0]
    response = browser.get(f"{login_page.url.split('/interaction')[0]}{cancel}")
    assert response.status_code == 400 and "Du avbrøt innloggingen" in response.text
    assert nothing_changed(browser)


def test_a_failed_sign_in_creates_no_account(site, browser):
    sign_in(browser, site, PERSON_WITH_WRONGLY_SIGNED_TOKEN)
    assert get_user_model().objects.count() == 0
