"""The embedded default (`make run`: runserver on SQLite) under simultaneous writers: every
writer waits its turn, none is told "database is locked"."""

import json
import os
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.live_processes import ROOT, free_port, stop, wait_for_http

WRITERS = 20
SETUP = """
from django.core.management import call_command
from planpages.models import PlanPage
call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))
call_command("create_api_token", "ola", "--name", "concurrency")
print(PlanPage.objects.get(slug="b71e04d9c2a85f30").pk)
"""
COUNT = "from planpages.models import LogEntry; print(LogEntry.objects.filter(text__startswith='Samtidig ').count())"


def manage(env, *args):
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def embedded_server(tmp_path_factory):
    """`make run`'s server (dev settings, SQLite file, threaded runserver) with the demo world."""
    workdir = tmp_path_factory.mktemp("embedded")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "samplan.settings.dev"}
    env["DATABASE_URL"] = f"sqlite:///{workdir / 'samplan.sqlite3'}"
    manage(env, "migrate", "--noinput", "-v0")
    token, plan_id = manage(env, "shell", "--no-imports", "-c", SETUP).splitlines()[-2:]
    port = free_port()
    with (workdir / "server.log").open("w") as log:
        server = subprocess.Popen(  # noqa: S603 - fixed argument list
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/logg-inn/", server)
        yield {"url": f"http://127.0.0.1:{port}", "token": token, "plan": int(plan_id), "env": env}
    finally:
        stop(server)


def post_log_entry(server, number):
    request = urllib.request.Request(  # noqa: S310 - loopback URL we built
        f"{server['url']}/api/v3/plans/{server['plan']}/log-entries/",
        data=json.dumps({"text": f"Samtidig loggføring {number}"}).encode(),
        headers={"Authorization": f"Bearer {server['token']}", "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_twenty_simultaneous_log_entries_are_all_accepted_and_stored(embedded_server):
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        statuses = list(pool.map(lambda n: post_log_entry(embedded_server, n), range(WRITERS)))

    assert statuses == [201] * WRITERS
    assert manage(embedded_server["env"], "shell", "--no-imports", "-c", COUNT) == str(WRITERS)
