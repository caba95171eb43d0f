"""Latency of the plan API for a user on many plans: the list (first page and every page) and
the detail of a large plan, through the real URL stack with a bearer token, in process.

    python bench/api_bench.py [--plans 100] [--rounds 30]

Runs on a throwaway test database (SQLite in memory, or DATABASE_URL's server with a test_
prefix), so it never touches real data. Prints median and 95th percentile per request and the
SQL query count of each.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samplan.settings.test")
os.environ.setdefault("SAMPLAN_API_RATE_LIMIT", "1000000/min")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import APIToken  # noqa: E402

from planpages.plan_types import Access, ParticipantRole  # noqa: E402
from tests.factories import PlanFactory, goal_block, make_municipality, make_user, meeting_block, participant  # noqa: E402


def build_world(plan_count):
    user = make_user("bench-reader")
    municipality = make_municipality()
    coordinator = make_user("bench-koord")
    plans = PlanFactory()
    reader = participant(user, Access.WRITE, ParticipantRole.GUARDIAN)  # a guardian also reads the access log
    body = [goal_block(f"Mål {n}", sub_goals=3) for n in range(20)] + [meeting_block(n) for n in range(5)]
    for n in range(plan_count):
        plans(municipality=municipality, coordinator=coordinator, participants=[reader], body=body[: n % 5])
    large = plans(municipality=municipality, coordinator=coordinator, participants=[reader], body=body, log_entries=200)
    _token, plaintext = APIToken.create_token(user=user, name="bench")
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}"), large


def measure(client, url, rounds):
    assert client.get(url).status_code == 200  # warm caches
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=30)
    options = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        client, large = build_world(options.plans)
        total = options.plans + 1
        urls = {
            "list, first page (20)": "/api/v3/plans/",
            "list, last page": f"/api/v3/plans/?offset={(total - 1) // 20 * 20}",
            "list, filtered by type": "/api/v3/plans/?type=IP",
            "detail, 25 blocks, 200 log entries": f"/api/v3/plans/{large.pk}/",
            "access log": f"/api/v3/plans/{large.pk}/access-log/",
        }
        print(f"{connection.vendor}, user on {total} plans, {options.rounds} rounds each")
        print(f"{'request':40} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
        for label, url in urls.items():
            median, p95, queries = measure(client, url, options.rounds)
            print(f"{label:40} {median:10.1f} {p95:10.1f} {queries:8d}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
