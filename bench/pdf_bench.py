"""Measure the plan PDF and the access log (issue 7), standalone.

    .venv/bin/python bench/pdf_bench.py [--repeat N]

Builds a throw-away test database (in memory with SQLite, or test_<name> on the
DATABASE_URL's PostgreSQL), seeds the demo world and one large plan (50 goals, 200 log
entries), then prints median timings for:
- rendering the PDF of plan A and of the large plan (uncached), and a cached download;
- a plan page view, and the share of it that writing the access record takes.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samplan.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from accesslog.recording import record_access  # noqa: E402
from exports.pdf import render_plan_pdf  # noqa: E402
from planpages.access import PlanAccess  # noqa: E402
from planpages.models import PlanPage  # noqa: E402
from tests.factories import PlanFactory, goal_block, make_municipality  # noqa: E402


def median_ms(action, repeat):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def large_plan():
    return PlanFactory()(
        municipality=make_municipality("benchby", "Benchby kommune"),
        body=[goal_block(f"Mål nummer {n}", sub_goals=3) for n in range(50)],
        log_entries=200,
        person_name="Stor Plan",
    )


def pdf_timings(name, plan, reader, repeat):
    access = PlanAccess(reader, plan)
    pdf = render_plan_pdf(plan, access.participants, reader)
    render = median_ms(lambda: render_plan_pdf(plan, access.participants, reader), repeat)
    print(f"{name}: PDF {len(pdf) // 1024} KiB, uncached rendering {render:.0f} ms (median of {repeat})")


def cached_download_ms(client, plan, repeat):
    cache.clear()
    client.get(f"{plan.url}pdf/")  # fills the cache
    return median_ms(lambda: client.get(f"{plan.url}pdf/"), repeat)


def access_logging_cost(client, plan, reader, repeat):
    client.get(plan.url)  # warm sessions, site and template caches
    page = median_ms(lambda: client.get(plan.url), repeat)
    request = RequestFactory().get(plan.url)
    request.user = reader
    access = PlanAccess(reader, plan)
    record = median_ms(lambda: record_access(request, plan, "plan", access=access), repeat)
    share = record / page
    print(f"plan page view: {page:.1f} ms; writing its access record: {record:.2f} ms ({share:.1%} of the view)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per PDF measurement (page views: 10×)")
    repeat = parser.parse_args().repeat
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("seed_demo", "--force", stdout=open(os.devnull, "w"))  # noqa: SIM115
        kari = get_user_model().objects.get(username="kari")
        plan_a = PlanPage.objects.get(person_name="Kari Nordmann")
        big = large_plan()
        print(f"database: {connection.vendor}")
        pdf_timings("plan A", plan_a, kari, repeat)
        pdf_timings("large plan (50 goals, 200 log entries)", big, big.coordinator, repeat)
        client = Client()
        client.force_login(kari)
        print(f"plan A: cached PDF download {cached_download_ms(client, plan_a, repeat * 10):.1f} ms")
        access_logging_cost(client, plan_a, kari, repeat * 10)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
