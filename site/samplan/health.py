"""Liveness and readiness for the load balancer and systemd. They answer "ok" or
"unavailable" and nothing else: no versions, no host names, no error texts."""

import logging

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

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


@never_cache
def live(request):
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def ready(request):
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means not ready, and is logged
            logger.warning("not ready: %s (%s)", name, type(error).__name__)
            return HttpResponse("unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
