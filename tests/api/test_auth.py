import pytest
from django.test import Client, override_settings
from wagtail.models import APIToken

from .conftest import api_client, plan_url, session_client, user_named

LIST_URL = "/api/v3/plans/"


def bearer(plaintext):
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


def test_token_is_stored_as_a_digest_only(demo_world):
    token, plaintext = APIToken.create_token(user=user_named("kari"), name="app")
    assert plaintext not in {token.key_hash, token.prefix}
    assert token.key_hash == APIToken.hash_token(plaintext)


def test_valid_token_authenticates_and_records_last_use(demo_world):
    token, plaintext = APIToken.create_token(user=user_named("kari"), name="app")
    assert bearer(plaintext).get(LIST_URL).json()["count"] == 1
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("path", ["", "{A}/", "{A}/access-log/"])
def test_revoked_token_is_refused_with_401(demo_plans, path):
    token, plaintext = APIToken.create_token(user=user_named("kari"), name="app")
    token.revoke()
    response = bearer(plaintext).get(LIST_URL + path.format(A=demo_plans["A"].pk))
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"


def test_revoked_token_cannot_write(demo_plans):
    token, plaintext = APIToken.create_token(user=user_named("kari"), name="app")
    token.revoke()
    response = bearer(plaintext).post(
        plan_url(demo_plans["A"].pk, "log-entries/"), {"text": "hei"}, content_type="application/json"
    )
    assert response.status_code == 401


def test_bad_token_is_refused_even_with_a_session_cookie(demo_world):
    client = session_client(user_named("kari"))
    assert client.get(LIST_URL).status_code == 200
    client.defaults["HTTP_AUTHORIZATION"] = "Bearer wagtail_not-a-real-token"
    assert client.get(LIST_URL).status_code == 401


def test_token_of_deactivated_account_is_refused(demo_world):
    user = user_named("kari")
    _token, plaintext = APIToken.create_token(user=user, name="app")
    user.is_active = False
    user.save()
    assert bearer(plaintext).get(LIST_URL).status_code == 401


@override_settings(SAMPLAN_API_RATE_LIMIT="3/min")
def test_rate_limit_is_per_token_with_norwegian_429(demo_world):
    first = api_client("kari", "token")
    for _ in range(3):
        assert first.get(LIST_URL).status_code == 200
    refused = first.get(LIST_URL)
    assert refused.status_code == 429
    assert refused.json()["detail"] == "For mange forespørsler. Vent litt og prøv igjen."
    assert int(refused["Retry-After"]) > 0
    assert api_client("kari", "token").get(LIST_URL).status_code == 200


@override_settings(SAMPLAN_API_RATE_LIMIT="2/min")
def test_rate_limit_counts_session_calls_per_user(demo_world):
    user = user_named("ola")
    session_client(user).get(LIST_URL)
    session_client(user).get(LIST_URL)
    assert session_client(user).get(LIST_URL).status_code == 429
    assert api_client("lise", "session").get(LIST_URL).status_code == 200


def test_wagtail_page_endpoints_are_not_mounted(demo_plans):
    client = api_client("admin", "token")
    for path in ["/api/v3/pages/", f"/api/v3/pages/{demo_plans['A'].pk}/", "/api/v2/pages/"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "Kari Nordmann" not in response.content.decode()


def test_whoami_answers_for_the_token(demo_world):
    response = api_client("kari", "token").get("/api/v3/whoami/")
    assert response.status_code == 200
    assert response.json()["user"]["username"] == "kari"
