"""Plan page views per second with 8 concurrent clients against gunicorn on loopback.
Bounded: a fixed number of requests per client and a deadline; the server is stopped after."""

import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings

from .fixture import session_cookie, signed_in_client
from .measure import percentile

HOST, PORT = "127.0.0.1", 8170
CLIENTS, REQUESTS_PER_CLIENT, DEADLINE_S = 8, 40, 120
SMOKE_CLIENTS, SMOKE_REQUESTS_PER_CLIENT = 2, 5  # enough to see every request served, not to time it
WORKERS = 3  # 2 cores: one more worker than cores keeps them busy while others wait on the database


def start_server():
    root = Path(settings.BASE_DIR)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "PYTHONPATH": f"{root}:{root / 'site'}"}
    server = subprocess.Popen(  # noqa: S603 - fixed argument list
        [sys.executable, "-m", "gunicorn", "samplan.wsgi:application", "--workers", str(WORKERS)]
        + ["--bind", f"{HOST}:{PORT}", "--log-level", "warning"],
        cwd=root,
        env=env,
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection(HOST, PORT, timeout=1).request("GET", "/logg-inn/")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def client_loop(path, cookie, timings, errors, deadline, requests=REQUESTS_PER_CLIENT):
    for _ in range(requests):
        if time.monotonic() > deadline:
            return
        started = time.perf_counter()
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        connection.request("GET", path, headers={"Cookie": cookie, "Host": "localhost"})
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status == 200:
            timings.append((time.perf_counter() - started) * 1000)
        else:
            errors.append(response.status)


def run_throughput(fixture, smoke=False):
    clients, requests = (SMOKE_CLIENTS, SMOKE_REQUESTS_PER_CLIENT) if smoke else (CLIENTS, REQUESTS_PER_CLIENT)
    # A session of its own, signed in through the form: the in-process clients' sessions stay untouched.
    cookie = session_cookie(signed_in_client(fixture.participant))
    server = start_server()
    try:
        client_loop(fixture.plan.url, cookie, [], [], time.monotonic() + 30, requests)  # warm every worker
        timings, errors = [], []
        deadline = time.monotonic() + DEADLINE_S
        threads = [
            threading.Thread(target=client_loop, args=(fixture.plan.url, cookie, timings, errors, deadline, requests))
            for _ in range(clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    if errors or not timings:
        raise RuntimeError(
            f"throughput: {len(errors)} of {len(errors) + len(timings)} requests failed: {sorted(set(errors))}"
        )
    return {
        "clients": clients,
        "workers": WORKERS,
        "requests": len(timings),
        "errors": len(errors),
        "requests_per_s": round(len(timings) / elapsed, 1),
        "median_ms": round(statistics.median(timings), 1) if timings else None,
        "p95_ms": round(percentile(timings, 0.95), 1) if timings else None,
    }
