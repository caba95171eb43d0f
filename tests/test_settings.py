import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "samplan.example.no",
    "SAMPLAN_PID_DIGEST_KEY": secrets.token_urlsafe(48),
}


def run_with_production_settings(extra_env, *args):
    env = {k: v for k, v in os.environ.items() if k not in {*GOOD_ENV, "DEBUG"}}
    env.update({"DJANGO_SETTINGS_MODULE": "samplan.settings.production", **extra_env})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_with_production_settings({"ALLOWED_HOSTS": "samplan.example.no"}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_with_debug_on():
    result = run_with_production_settings({**GOOD_ENV, "DEBUG": "true"}, "check")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_with_production_settings({"SECRET_KEY": "x" * 64}, "check")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_a_key_for_identity_digests():
    env = {key: value for key, value in GOOD_ENV.items() if key != "SAMPLAN_PID_DIGEST_KEY"}
    result = run_with_production_settings(env, "check")
    assert result.returncode != 0
    assert "SAMPLAN_PID_DIGEST_KEY" in result.stderr


def test_check_deploy_reports_nothing_with_documented_environment():
    result = run_with_production_settings(GOOD_ENV, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNINGS" not in result.stderr


def test_norwegian_and_oslo_are_the_defaults(settings):
    assert settings.LANGUAGE_CODE == "nb"
    assert settings.TIME_ZONE == "Europe/Oslo"
    assert "en" in dict(settings.LANGUAGES)
