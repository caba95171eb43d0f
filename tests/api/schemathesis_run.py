"""Fuzz the live API with schemathesis against its own OpenAPI schema, bounded in time.

Starts `runserver` on a loopback port over a fresh SQLite database seeded with the demo world,
makes an API key for `ola` (guardian with write access on plans B and C), then runs schemathesis
twice: once with any plan id, once pinned to plan B so real plans are exercised too. Fails on
any server error or any response that breaks the schema. Usage: python tests/api/schemathesis_run.py
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SCHEMATHESIS = str(Path(PYTHON).with_name("schemathesis"))
PORT = int(os.environ.get("SAMPLAN_FUZZ_PORT", "8141"))
# Two runs of at most this long: schemathesis itself stays within 90 seconds.
SECONDS_PER_RUN = int(os.environ.get("SAMPLAN_FUZZ_SECONDS", "40"))
CHECKS = "not_a_server_error,response_schema_conformance"
SETUP = """
from django.core.management import call_command
from planpages.models import PlanPage
call_command("seed_demo", "--force")
call_command("create_api_token", "ola", "--name", "schemathesis")
print(PlanPage.objects.get(slug="b71e04d9c2a85f30").pk)
"""


def manage(env, *args):
    result = subprocess.run(  # noqa: S603 - fixed argument list
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"server did not start on port {port}")


def fuzz(workdir, token, extra_args, seconds):
    command = [
        SCHEMATHESIS,
        *extra_args,
        "run",
        f"http://127.0.0.1:{PORT}/api/v3/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        "--max-time",
        str(seconds),
        "--workers",
        "1",
        "--seed",
        "8140",
        "--no-color",
        "--request-timeout",
        "30",
    ]
    return subprocess.run(  # noqa: S603 - fixed argument list
        command, cwd=workdir, timeout=seconds + 30, check=False
    ).returncode


def main():
    started = time.monotonic()
    scratch = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 - a private temporary directory inside
    with tempfile.TemporaryDirectory(prefix="samplan-fuzz-", dir=scratch) as workdir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "samplan.settings.test",
            "DATABASE_URL": f"sqlite:///{workdir}/fuzz.sqlite3",
            "SAMPLAN_API_RATE_LIMIT": "100000/min",
        }
        manage(env, "migrate", "--noinput", "-v0")
        *_seeded, token, plan_b = manage(env, "shell", "--no-imports", "-c", SETUP).splitlines()
        config = Path(workdir) / "schemathesis.toml"
        config.write_text(f'[parameters]\n"path.plan_id" = {int(plan_b)}\n')
        # The server's log goes to a file: a pipe nobody reads fills up and stalls the server.
        server_log = Path(workdir) / "server.log"
        with server_log.open("w") as log:
            server = subprocess.Popen(  # noqa: S603 - fixed argument list
                [PYTHON, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload", "--skip-checks"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            try:
                wait_for_port(PORT)
                any_plan = fuzz(workdir, token, [], SECONDS_PER_RUN)
                real_plan = fuzz(workdir, token, ["--config-file", str(config)], SECONDS_PER_RUN)
            finally:
                server.terminate()
                server.wait(timeout=10)
        errors = server_log.read_text()
        server_errors = [line for line in errors.splitlines() if "Traceback" in line or '" 500 ' in line]
        print(f"schemathesis: any plan exit {any_plan}, plan B exit {real_plan}, {len(server_errors)} server errors")
        print(f"total {time.monotonic() - started:.0f} s")
        if any_plan or real_plan or server_errors:
            print(errors[-5000:], file=sys.stderr)
            raise SystemExit(1)


if __name__ == "__main__":
    main()
