import time

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.models import UserSession
from accounts.sessions import LAST_SEEN, SIGNED_IN_AT
from tests.factories import make_user

from .conftest import PASSWORD, sign_in


@pytest.fixture
def user(db):
    return make_user()


def signed_in_client(user):
    client = Client()
    assert sign_in(client, user).status_code == 302
    return client


def age_session(client, **seconds_ago):
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


def is_signed_in(client):
    return client.get("/").status_code == 200


def test_session_ends_after_thirty_idle_minutes(user):
    client = signed_in_client(user)
    age_session(client, **{LAST_SEEN: 31 * 60})
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/logg-inn/")
    assert not is_signed_in(client)


def test_activity_keeps_the_session_alive(user):
    client = signed_in_client(user)
    age_session(client, **{LAST_SEEN: 29 * 60, SIGNED_IN_AT: 11 * 60 * 60})
    assert is_signed_in(client)


def test_session_ends_twelve_hours_after_sign_in_however_active(user):
    client = signed_in_client(user)
    age_session(client, **{LAST_SEEN: 10, SIGNED_IN_AT: 12 * 60 * 60 + 1})
    assert not is_signed_in(client)


def test_expired_session_says_why_in_norwegian(user):
    client = signed_in_client(user)
    age_session(client, **{LAST_SEEN: 31 * 60})
    response = client.get("/", follow=True)
    assert "Du ble logget ut fordi økten var utløpt" in response.content.decode()


def test_sign_out_everywhere_ends_every_session(user):
    phone, laptop = signed_in_client(user), signed_in_client(user)
    response = laptop.post("/profil/logg-ut-overalt/")
    assert response.status_code == 302
    assert not is_signed_in(phone) and not is_signed_in(laptop)
    assert not UserSession.objects.filter(user=user).exists()


def test_deactivation_ends_sessions_at_once(user):
    client = signed_in_client(user)
    user.is_active = False
    user.save()
    assert not Session.objects.exists()
    assert not is_signed_in(client)


def test_password_set_by_someone_else_ends_sessions(user):
    client = signed_in_client(user)
    user.set_password("et-helt-nytt-passord-42")
    user.save()
    assert not UserSession.objects.filter(user=user).exists()
    assert not is_signed_in(client)


def test_changing_own_password_keeps_this_session_and_ends_the_others(user):
    phone, laptop = signed_in_client(user), signed_in_client(user)
    response = laptop.post(
        "/profil/passord/",
        {
            "current_password": PASSWORD,
            "new_password1": "et-helt-nytt-passord-42",
            "new_password2": "et-helt-nytt-passord-42",
        },
    )
    assert response.status_code == 302
    assert is_signed_in(laptop)
    assert not is_signed_in(phone)
    assert UserSession.objects.filter(user=user).count() == 1


def test_changing_password_needs_the_current_password(user):
    client = signed_in_client(user)
    response = client.post(
        "/profil/passord/",
        {
            "current_password": "feil",
            "new_password1": "et-helt-nytt-passord-42",
            "new_password2": "et-helt-nytt-passord-42",
        },
    )
    assert "Passordet stemmer ikke" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_changing_email_needs_the_current_password(user):
    client = signed_in_client(user)
    response = client.post("/profil/e-post/", {"email": "ny@kommune.no", "current_password": "feil"})
    assert "Passordet stemmer ikke" in response.content.decode()
    user.refresh_from_db()
    assert user.email != "ny@kommune.no"
    client.post("/profil/e-post/", {"email": "ny@kommune.no", "current_password": PASSWORD})
    user.refresh_from_db()
    assert user.email == "ny@kommune.no"


def test_profile_page_is_linked_from_the_header_and_counts_sessions(user):
    signed_in_client(user)
    client = signed_in_client(user)
    assert 'href="/profil/"' in client.get("/").content.decode()
    response = client.get("/profil/")
    assert "Du er logget inn på 2 enheter eller nettlesere." in response.content.decode()


def test_session_from_before_the_rules_is_registered_on_its_next_request(user):
    client = signed_in_client(user)
    UserSession.objects.all().delete()
    session = client.session
    del session[SIGNED_IN_AT]
    session.save()
    assert is_signed_in(client)
    assert UserSession.objects.filter(user=user, session_key=client.session.session_key).exists()


def test_profile_needs_sign_in(client, db):
    assert client.get("/profil/")["Location"].startswith("/logg-inn/")
