"""One scale in one process: make sure the data set exists, then run every scenario.
Run by bench/__main__.py with DJANGO_SETTINGS_MODULE=bench.settings and DATABASE_URL set;
prints the scale's results as JSON on the last line of stdout."""

import json
import os
import sys
import time

import django

SCALES = {  # name -> (municipalities, plans per municipality)
    "1k": (10, 100),
    "10k": (20, 500),
    "100k": (100, 1000),
    "300k": (350, 858),
    "1m": (1000, 1000),
}


def ensure_data(scale):
    from django.core.management import call_command
    from django.db import connection

    from planpages.models import PlanPage

    call_command("migrate", verbosity=0)
    municipalities, per_municipality = SCALES[scale]
    if PlanPage.objects.exists():
        return None
    started = time.monotonic()
    call_command(
        "seed_load",
        municipalities=municipalities,
        plans_per_municipality=per_municipality,
        workers=os.cpu_count() if connection.vendor == "postgresql" else 1,
        verbosity=0,
    )
    return round(time.monotonic() - started, 1)


def database_facts():
    from django.db import connection

    from planpages.models import LogEntry, PlanPage, PlanParticipant

    facts = {
        "vendor": connection.vendor,
        "plans": PlanPage.objects.count(),
        "participants": PlanParticipant.objects.count(),
        "log_entries": LogEntry.objects.count(),
    }
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT version(), pg_database_size(current_database())")
            facts["version"], size = cursor.fetchone()
            facts["size_mb"] = round(size / 2**20)
        else:
            cursor.execute("SELECT sqlite_version()")
            facts["version"] = f"SQLite {cursor.fetchone()[0]}"
    return facts


SMOKE_ITERATIONS, SMOKE_WARMUP = 3, 1


def run(scale, only=None, throughput=True, smoke=False):
    from bench.fixture import Fixture
    from bench.measure import measure
    from bench.scenarios import REGISTRY
    from bench.throughput import run_throughput

    seed_seconds = ensure_data(scale)
    fixture = Fixture()
    results = {}
    for name, scenario in REGISTRY.items():
        if only and name not in only:
            continue
        if not scenario.available(fixture):
            results[name] = {"skipped": "ikke på denne grenen ennå", "title": scenario.title}
            continue
        if smoke:
            results[name] = measure(scenario.build(fixture), min(SMOKE_ITERATIONS, scenario.iterations), SMOKE_WARMUP)
        else:
            results[name] = measure(scenario.build(fixture), scenario.iterations)
        results[name].update(
            title=scenario.title,
            target_ms=scenario.target_ms,
            target_kb=scenario.target_kb,
            compare=scenario.compare,
            max_queries=scenario.max_queries,
        )
        print(f"  {scale:>5} {name:<18} {results[name]['median_ms']:>8} ms", file=sys.stderr, flush=True)
    output = {"scale": scale, "seed_seconds": seed_seconds, "database": database_facts(), "fixture": fixture.describe()}
    output["scenarios"] = results
    if throughput and fixture_db_is_postgres():
        output["throughput"] = run_throughput(fixture, smoke=smoke)
    return output


def fixture_db_is_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"


if __name__ == "__main__":
    django.setup()
    scale, *args = sys.argv[1:]
    flags = {arg for arg in args if arg.startswith("--")}
    only = set(args) - flags
    print(json.dumps(run(scale, only, throughput="--no-throughput" not in flags, smoke="--smoke" in flags)))
