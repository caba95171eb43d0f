"""The whole service stack on loopback ports, as production runs it: PostgreSQL (the machine's
server, a fresh database of our own), a Redis and an S3 server of our own, two gunicorn
processes with production settings, the task worker, and an SMTP sink for the e-mail. Used by
tests/stack and by `python -m tests.stack.stack` (README, "Drift")."""

import email
import os
import re
import secrets
import shutil
import signal
import socketserver
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import boto3

from tests.live_processes import ROOT, free_port, start_redis, start_s3, stop, wait_for_http

HOST = "samplan.test"
PSQL = shutil.which("psql") or "/usr/bin/psql"
PG = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", "postgres", "-qc"]
SETUP = """
from django.core.management import call_command
from planpages.models import PlanPage
call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))
call_command("create_api_token", "ola", "--name", "stack")
plan = PlanPage.objects.get(slug="b71e04d9c2a85f30")
print(plan.pk, plan.url)
"""


class SmtpSink(socketserver.ThreadingTCPServer):
    """Just enough SMTP to take the worker's messages and keep them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), SmtpHandler)
        self.messages = []


class SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink")
        while line := self.rfile.readline():
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith("DATA"):
                self.reply("354 go on")
                self.server.messages.append(email.message_from_bytes(self.read_data()))
                self.reply("250 kept")
            elif verb.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")

    def read_data(self):
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
            lines.append(line)
        return b"".join(lines)


class Stack:
    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.database = f"samplan_stack_{int(time.time())}_{os.getpid()}"
        self.bucket = f"samplan-stack-{uuid.uuid4().hex[:8]}"
        self.ports = {name: free_port() for name in ("redis", "s3", "smtp", "a", "b")}
        self.processes = {}

    # -- set-up ----------------------------------------------------------------------------
    def environment(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DJANGO_", "REDIS_", "DATABASE_"))}
        env.update(
            DJANGO_SETTINGS_MODULE="samplan.settings.production",
            SECRET_KEY=secrets.token_urlsafe(64),
            SAMPLAN_PID_DIGEST_KEY=secrets.token_urlsafe(48),
            SAMPLAN_ACCEPT_SYNTHETIC_PIDS="1",
            SAMPLAN_REQUIRE_2FA="false",
            SAMPLAN_API_RATE_LIMIT="1000000/min",
            ALLOWED_HOSTS=HOST,
            DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{self.database}",
            REDIS_URL=f"redis://127.0.0.1:{self.ports['redis']}/0",
            AWS_STORAGE_BUCKET_NAME=self.bucket,
            AWS_S3_ENDPOINT_URL=self.s3_endpoint,
            AWS_S3_REGION_NAME="eu-north-1",
            AWS_ACCESS_KEY_ID="samplan-stack",
            AWS_SECRET_ACCESS_KEY="samplan-stack-secret",  # noqa: S106 - moto accepts anything
            STATIC_ROOT=str(self.workdir / "static"),
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.ports["smtp"]),
            EMAIL_USE_TLS="false",
            GUNICORN_WORKERS="2",
            GUNICORN_THREADS="4",
            LOG_LEVEL="WARNING",
        )
        return env

    @property
    def s3_endpoint(self):
        return f"http://127.0.0.1:{self.ports['s3']}"

    def s3(self):
        return boto3.client(
            "s3",
            endpoint_url=self.s3_endpoint,
            region_name="eu-north-1",
            aws_access_key_id="samplan-stack",
            aws_secret_access_key="samplan-stack-secret",  # noqa: S106
        )

    def manage(self, *args):
        result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True, capture_output=True, text=True
        )
        return result.stdout.strip()

    def psql(self, statement):
        subprocess.run([PSQL, *PG, statement], check=True, capture_output=True)  # noqa: S603

    def start(self):
        self.env = self.environment()
        self.psql(f"CREATE DATABASE {self.database}")
        self.processes["redis"] = start_redis(self.ports["redis"])
        self.processes["s3"] = start_s3(self.ports["s3"])
        self.s3().create_bucket(Bucket=self.bucket, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
        self.smtp = SmtpSink(self.ports["smtp"])
        threading.Thread(target=self.smtp.serve_forever, daemon=True).start()
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        token, plan = self.manage("shell", "--no-imports", "-c", SETUP).splitlines()[-2:]
        self.token = token
        self.plan_id, self.plan_url = int(plan.split()[0]), plan.split()[1]
        for name in ("a", "b"):
            self.start_app(name)
        self.processes["worker"] = self.spawn("worker", [sys.executable, "manage.py", "db_worker"])
        return self

    def spawn(self, name, command, **env):
        log = (self.workdir / f"{name}.log").open("a")
        return subprocess.Popen(  # noqa: S603 - fixed argument lists
            command, cwd=ROOT, env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def start_app(self, name):
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        bind = f"127.0.0.1:{self.ports[name]}"
        process = self.spawn(name, [gunicorn, "-c", "gunicorn.conf.py"], GUNICORN_BIND=bind)
        self.processes[name] = process
        wait_for_http(f"http://{bind}/health/live/", process)

    # -- faults ----------------------------------------------------------------------------
    def kill_app(self, name):
        """SIGKILL to the gunicorn master and its workers at once, as a crash would."""
        os.killpg(self.processes[name].pid, signal.SIGKILL)
        self.processes[name].wait()

    def stop_redis(self):
        stop(self.processes["redis"])

    def start_redis(self):
        self.processes["redis"] = start_redis(self.ports["redis"])

    def stop_s3(self):
        stop(self.processes["s3"])

    # -- reading back ----------------------------------------------------------------------
    def query(self, sql):
        result = subprocess.run(  # noqa: S603 - fixed argument list
            [PSQL, "-h", "127.0.0.1", "-U", "postgres", "-d", self.database, "-tAc", sql],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()

    def log_entry_texts(self):
        return self.query("SELECT text FROM planpages_logentry").splitlines()

    def logs(self):
        return "\n".join((self.workdir / f"{name}.log").read_text() for name in ("a", "b", "worker"))

    def server_errors(self):
        return [
            line
            for name in ("a", "b", "worker")
            for line in (self.workdir / f"{name}.log").read_text().splitlines()
            if "Traceback" in line or re.search(r'"status": 5\d\d', line)
        ]

    def close(self):
        for name, process in self.processes.items():
            if name in ("a", "b", "worker") and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
            else:
                stop(process)
        if getattr(self, "smtp", None):
            self.smtp.shutdown()
            self.smtp.server_close()
        self.psql(f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")


def main():
    """`make stack`: the stack with the demo world until Ctrl-C. Both processes answer for
    Host samplan.test with X-Forwarded-Proto https (as behind deploy/nginx-samplan.conf)."""
    import tempfile

    def interrupted(*_args):
        raise KeyboardInterrupt

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, interrupted)
    with tempfile.TemporaryDirectory(prefix="samplan-stack-") as workdir:
        running = Stack(workdir)
        try:
            running.start()
            print(f"Samplan on http://127.0.0.1:{running.ports['a']}/ and http://127.0.0.1:{running.ports['b']}/")
            print(f"Host {HOST}, database {running.database}, logs in {workdir}. Ctrl-C stops everything.", flush=True)
            signal.pause()
        except KeyboardInterrupt:
            pass
        finally:
            running.close()


if __name__ == "__main__":
    main()
