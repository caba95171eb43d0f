"""Timing and SQL query counting of one scenario, in process (no network)."""

import statistics
import time

from django.db import connection


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def response_bytes(response):
    """The size of the body sent (0 for a write that returns nothing)."""
    content = getattr(response, "content", b"")
    return len(content) if isinstance(content, bytes) else 0


def measure(action, iterations, warmup=3):
    for _ in range(warmup):
        action()
    timings, queries, sizes = [], [], []
    for _ in range(iterations):
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            started = time.perf_counter()
            response = action()
            timings.append((time.perf_counter() - started) * 1000)
        queries.append(counter.count)
        sizes.append(response_bytes(response))
    return {
        "n": iterations,
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "min_ms": round(min(timings), 2),
        "queries": max(queries),
        "max_kb": round(max(sizes) / 1024, 1),
    }
