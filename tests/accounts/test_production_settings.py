"""What production settings turn on, read from a real `manage.py` run with production settings."""

import json

import pytest

from tests.test_settings import GOOD_ENV, run_with_production_settings

REPORT = """
import json
from django.conf import settings
from django.contrib.auth.hashers import get_hasher
hasher = get_hasher()
print(json.dumps({
    "first_hasher": settings.PASSWORD_HASHERS[0],
    "hash_variant": hasher.encode("x", hasher.salt()).split("$")[1],
    "require_2fa": settings.SAMPLAN_REQUIRE_2FA,
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
    "hsts_seconds": settings.SECURE_HSTS_SECONDS,
    "x_frame_options": settings.X_FRAME_OPTIONS,
}))
"""


@pytest.fixture(scope="module")
def production():
    result = run_with_production_settings(GOOD_ENV, "shell", "--no-imports", "-c", REPORT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_hashes_passwords_with_argon2id_first(production):
    assert production["first_hasher"] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert production["hash_variant"] == "argon2id"


def test_production_requires_the_second_factor(production):
    assert production["require_2fa"] is True


def test_production_cookies_are_secure_and_http_only(production):
    assert production["session_cookie_secure"] and production["session_cookie_httponly"]
    assert production["csrf_cookie_secure"]


def test_production_sends_hsts_for_a_year_and_denies_framing(production):
    assert production["hsts_seconds"] >= 31536000
    assert production["x_frame_options"] == "DENY"


def test_production_check_warns_when_the_second_factor_is_turned_off():
    result = run_with_production_settings(
        {**GOOD_ENV, "SAMPLAN_REQUIRE_2FA": "false"}, "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode != 0
    assert "samplan.W001" in result.stderr
