"""A real S3-compatible server (moto) and a real Redis, each of the tests' own on a free
loopback port, and settings that point Samplan at them the way production.py does."""

import uuid

import boto3
import pytest

from samplan.settings.services import redis_cache, s3_media_storage
from tests.live_processes import free_port, start_redis, start_s3, stop

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "samplan-test", "AWS_SECRET_ACCESS_KEY": "samplan-test-secret"}
REGION = "eu-north-1"


@pytest.fixture(scope="session")
def s3_endpoint():
    port = free_port()
    process = start_s3(port)
    yield f"http://127.0.0.1:{port}"
    stop(process)


@pytest.fixture(scope="session")
def redis_url():
    port = free_port()
    process = start_redis(port)
    yield f"redis://127.0.0.1:{port}/0"
    stop(process)


@pytest.fixture
def dead_endpoint():
    """A loopback address where nothing listens: object storage that is down."""
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture
def bucket(s3_endpoint, monkeypatch):
    """A fresh private bucket for one test, and a client to look inside it."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    name = f"samplan-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    return client, name


@pytest.fixture
def media_in_bucket(settings, bucket, s3_endpoint, tmp_path):
    client, name = bucket
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage(name, s3_endpoint, REGION)}
    return client, name


@pytest.fixture
def redis_cache_settings(settings, redis_url):
    settings.CACHES = redis_cache(redis_url)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    from django.core.cache import cache

    cache.clear()
    return redis_url


def keys_in_bucket(client, name):
    return [item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])]
