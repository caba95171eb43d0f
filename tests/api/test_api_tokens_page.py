from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import APIToken

from tests.factories import make_municipality, make_user


def make_coordinator():
    user = make_user()
    user.groups.add(make_municipality().coordinators_group)
    return user


PAGE = "/profil/api-nokler/"


def test_page_requires_sign_in(db, client):
    response = client.get(PAGE)
    assert response.status_code == 302 and "/logg-inn/" in response["Location"]


def revoke(client, token):
    client.post(f"{PAGE}{token.pk}/trekk-tilbake/")
    token.refresh_from_db()
    return token


def test_profile_page_links_a_coordinator_to_the_page(db, client):
    client.force_login(make_coordinator())
    assert f'href="{PAGE}"' in client.get("/profil/").content.decode()


def test_a_participant_is_not_offered_api_keys(db, client):
    client.force_login(make_user())
    assert f'href="{PAGE}"' not in client.get("/profil/").content.decode()
    assert client.get(PAGE).status_code == 404
    assert client.post(PAGE, {"name": "Appen min"}).status_code == 404
    assert not APIToken.objects.exists()


def test_a_participant_given_a_key_by_the_operator_sees_and_revokes_it_but_makes_no_new_one(db, client):
    user = make_user()
    token, _plaintext = APIToken.create_token(user=user, name="Fra driftsteamet")
    client.force_login(user)
    assert f'href="{PAGE}"' in client.get("/profil/").content.decode()
    page = client.get(PAGE).content.decode()
    assert "Fra driftsteamet" in page and 'name="name"' not in page
    assert client.post(PAGE, {"name": "Ny"}).status_code == 404
    assert revoke(client, token).revoked_at is not None


def test_created_key_is_shown_once_and_works(db, client):
    user = make_coordinator()
    client.force_login(user)
    response = client.post(PAGE, {"name": "Skolesystemet"})
    plaintext = response.context["plaintext"]
    assert plaintext in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert plaintext not in client.get(PAGE).content.decode()
    token = APIToken.objects.get(user=user)
    assert token.name == "Skolesystemet" and token.key_hash == APIToken.hash_token(plaintext)
    assert Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}").get("/api/v3/plans/").status_code == 200


def test_empty_name_is_refused(db, client):
    client.force_login(make_coordinator())
    assert client.post(PAGE, {"name": ""}).status_code == 400
    assert not APIToken.objects.exists()


def test_user_revokes_own_key(db, client):
    user = make_coordinator()
    token, plaintext = APIToken.create_token(user=user, name="app")
    client.force_login(user)
    assert revoke(client, token).revoked_at is not None
    assert Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}").get("/api/v3/plans/").status_code == 401


def test_nobody_revokes_or_sees_another_users_key(db, client):
    owner = make_user()
    token, _plaintext = APIToken.create_token(user=owner, name="Eierens nøkkel")
    client.force_login(make_coordinator())
    assert "Eierens nøkkel" not in client.get(PAGE).content.decode()
    assert client.post(f"{PAGE}{token.pk}/trekk-tilbake/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_operator_command_creates_a_working_key(db):
    user = make_user("kari-cmd")
    out = StringIO()
    call_command("create_api_token", "kari-cmd", stdout=out)
    plaintext = out.getvalue().strip()
    assert APIToken.objects.get(user=user).key_hash == APIToken.hash_token(plaintext)


def test_operator_command_refuses_unknown_user(db):
    with pytest.raises(CommandError):
        call_command("create_api_token", "finnes-ikke")
