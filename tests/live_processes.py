"""Real services for the tests that need them, each started on a free loopback port of its own
and stopped afterwards: Samplan servers, Redis (`redis-server`) and S3 (`moto_server`). The
machine's own services (Redis on 6379, say) are never touched."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 60


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, process, seconds=START_SECONDS):
    """Wait until `url` answers at all (any status), or fail if `process` stops first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"{process.args[0]} stopped with exit code {process.returncode}: {output}")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - loopback URL we built
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in time")


def wait_for_port(port, process, seconds=START_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"{process.args[0]} stopped with exit code {process.returncode}: {output}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listened on port {port} in time")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_redis(port):
    """A throwaway redis-server: no snapshots, no append-only file, nothing left behind."""
    process = subprocess.Popen(  # noqa: S603 - fixed argument list
        [shutil.which("redis-server") or "redis-server", "--port", str(port), "--bind", "127.0.0.1"]
        + ["--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    return process


def start_s3(port):
    """moto's S3-compatible server from the project's own environment."""
    moto = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(  # noqa: S603 - fixed argument list
        [str(moto), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for_http(f"http://127.0.0.1:{port}/", process)
    return process
