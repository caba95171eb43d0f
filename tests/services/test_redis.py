"""Redis (REDIS_URL) holds the cache, the cached plan PDFs, the API rate-limit counters and the
sessions, so any app process serves any user; tested against a Redis of the tests' own. While
Redis is away the site keeps serving."""

import redis
from django.urls import reverse

from exports.pdf import cached_plan_pdf
from samplan.settings.services import redis_cache


def redis_keys(url, pattern):
    return [key.decode() for key in redis.Redis.from_url(url).keys(pattern)]


def test_signed_in_session_is_kept_in_redis(team, client, redis_cache_settings):
    client.force_login(team.writer)
    session_key = client.cookies["sessionid"].value
    assert [key for key in redis_keys(redis_cache_settings, "*") if key.endswith(session_key)]


def test_session_outlives_redis_being_emptied(team, client, redis_cache_settings):
    client.force_login(team.writer)
    redis.Redis.from_url(redis_cache_settings).flushdb()
    assert client.get(team.plan.url).status_code == 200


def test_plan_pdf_is_cached_in_redis(team, redis_cache_settings):
    participants = list(team.plan.participants.select_related("user"))
    cached_plan_pdf(team.plan, participants, team.writer)
    assert [key for key in redis_keys(redis_cache_settings, "*") if "plan-pdf" in key]


def test_api_rate_limit_is_counted_in_redis(team, client, redis_cache_settings):
    client.force_login(team.writer)
    client.get(reverse("samplan_api:plan_list"))
    assert [key for key in redis_keys(redis_cache_settings, "*") if "samplan_api" in key]


def test_signed_in_pages_are_served_while_redis_is_down(team, client, settings, dead_endpoint):
    settings.CACHES = redis_cache(dead_endpoint.replace("http", "redis"))
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    client.force_login(team.writer)
    assert client.get(team.plan.url).status_code == 200
    assert client.get(reverse("samplan_api:plan_list")).status_code == 200
