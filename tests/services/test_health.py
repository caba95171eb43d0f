"""Liveness and readiness: "ok" or "unavailable", nothing more. Readiness asks the database,
the cache and the file storage."""

import pytest

from samplan.settings.services import redis_cache, s3_media_storage

from .conftest import REGION

LIVE = "/health/live/"
READY = "/health/ready/"


def test_liveness_answers_ok_without_asking_anything(client):
    response = client.get(LIVE)
    assert (response.status_code, response.content) == (200, b"ok")


@pytest.mark.django_db
def test_readiness_is_ok_with_database_redis_and_bucket_up(client, media_in_bucket, redis_cache_settings):
    response = client.get(READY)
    assert (response.status_code, response.content) == (200, b"ok")


@pytest.mark.django_db
def test_readiness_is_unavailable_when_storage_is_down(client, settings, bucket, dead_endpoint):
    _s3, name = bucket
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage(name, dead_endpoint, REGION)}
    response = client.get(READY)
    assert (response.status_code, response.content) == (503, b"unavailable")


@pytest.mark.django_db
def test_readiness_is_unavailable_when_redis_is_down(client, settings, dead_endpoint):
    settings.CACHES = redis_cache(dead_endpoint.replace("http", "redis"))
    response = client.get(READY)
    assert (response.status_code, response.content) == (503, b"unavailable")


@pytest.mark.django_db
def test_health_answers_set_no_cookie_and_carry_a_request_id(client):
    response = client.get(READY)
    assert not response.cookies
    assert len(response["X-Request-ID"]) == 32


def test_probes_from_the_machine_itself_need_no_allowed_host(client):
    response = client.get(LIVE, HTTP_HOST="127.0.0.1:8001")
    assert (response.status_code, response.content) == (200, b"ok")
