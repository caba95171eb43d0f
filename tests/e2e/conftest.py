"""A live Samplan with the demo world on a loopback port, and Debian's Chromium driving it.

The server is a separate process on its own SQLite file, seeded once per session: the journeys
run against the same stack a municipality runs, and seeding the demo world for every test would
take most of the run.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.live_processes import free_port as any_free_port
from tests.live_processes import wait_for_http
from tests.oidc_provider import running_provider

from .browser import CHROMIUM, CHROMIUM_ARGS

PROJECT_DIR = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_DIR / "test-artifacts"
SERVER_START_SECONDS = 60


def free_port():
    """E2E_PORT when given (each developer has a range), otherwise whatever loopback port is free."""
    return int(os.environ["E2E_PORT"]) if os.environ.get("E2E_PORT") else any_free_port()


def server_environment(database):
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="samplan.settings.dev")
    return env


def manage(env, *args, **kwargs):
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True, capture_output=True, **kwargs
    )


@pytest.fixture(scope="session")
def id_porten(live_site_port):
    """The test OpenID provider (tests/oidc_provider), set up like ID-porten, for the live site."""
    with running_provider(f"http://127.0.0.1:{live_site_port}") as provider:
        yield provider


@pytest.fixture(scope="session")
def live_site_port():
    return free_port()


@pytest.fixture(scope="session")
def server_output(tmp_path_factory):
    """What the live server prints, e-mails included (the demo settings print them): the
    journeys read an invitation from it the way the person would read it in their inbox."""
    return tmp_path_factory.mktemp("e2e-server") / "output.log"


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, live_site_port, id_porten, server_output):
    """Base URL of a running Samplan with the demo world (DEMO.md), shared by the session, signing
    in through the test provider too."""
    base_url = f"http://127.0.0.1:{live_site_port}"
    env = server_environment(tmp_path_factory.mktemp("e2e") / "samplan.sqlite3")
    env.update(id_porten.settings(), WAGTAILADMIN_BASE_URL=base_url)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_demo", "-v0")
    with server_output.open("w") as output:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{live_site_port}", "--noreload", "--insecure"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_http(f"{base_url}/logg-inn/", process, seconds=SERVER_START_SECONDS)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_site):
    """Opens a fresh browser profile (no cookies) in Norwegian, as most users have it."""
    contexts = []

    def open_page(width=1280, height=800, locale="nb-NO"):
        context = browser.new_context(
            base_url=live_site, locale=locale, viewport={"width": width, "height": height}, accept_downloads=True
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
