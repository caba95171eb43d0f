"""Liveness and readiness for the load balancer and systemd. They answer "ok" or
"unavailable" and nothing else: no versions, no host names, no error texts. They are answered
before any other middleware, so a probe from the machine itself (plain HTTP, Host 127.0.0.1)
needs no allowed host, opens no session and is not redirected to HTTPS."""

import logging

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("samplan.health")
PROBE_KEY = "samplan-health-probe"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache():
    cache.set(PROBE_KEY, "1", 10)
    if cache.get(PROBE_KEY) != "1":
        raise RuntimeError("cache did not keep a value")


def _storage():
    default_storage.exists(PROBE_KEY)


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}


def answer(text, status=200):
    response = HttpResponse(text, status=status, content_type="text/plain")
    add_never_cache_headers(response)
    return response


def live():
    return answer("ok")


def ready():
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means not ready, and is logged
            logger.warning("not ready: %s (%s)", name, type(error).__name__)
            return answer("unavailable", 503)
    return answer("ok")


PROBES = {"/health/live/": live, "/health/ready/": ready}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info)
        if probe is not None and request.method in ("GET", "HEAD"):
            return probe()
        return self.get_response(request)
