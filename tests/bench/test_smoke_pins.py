"""The smoke run judges query counts against their pins, never times."""

import pytest

from bench.__main__ import smoke_report


def run_with(queries, median_ms=1.0):
    scenario = {"median_ms": median_ms, "p95_ms": median_ms, "queries": queries, "max_queries": 5, "target_ms": 1}
    return [{"scale": "1k", "scenarios": {"plan_page": scenario}}]


def test_smoke_fails_on_a_query_count_above_its_pin():
    with pytest.raises(SystemExit, match="query pin"):
        smoke_report(run_with(queries=6))


def test_smoke_passes_a_slow_scenario_within_its_pin(capsys):
    smoke_report(run_with(queries=5, median_ms=10_000))
    assert "within its query pin" in capsys.readouterr().out
