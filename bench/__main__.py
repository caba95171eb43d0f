"""`python -m bench [--scales 1k 10k] [--only scenario ...]`: runs each scale in its own process
(its own database), prints the table of medians, p95 and ratios, and writes bench/results/."""

import argparse
import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

from .machine import describe_machine
from .report import pin_verdicts, table, verdicts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/samplan_bench_{scale}"


def run_scale(scale, database_url, only, throughput, smoke=False):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url.format(scale=scale),
        "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}",
    }
    args = [sys.executable, "-m", "bench.run_scale", scale, *only]
    args += ([] if throughput else ["--no-throughput"]) + (["--smoke"] if smoke else [])
    done = subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)  # noqa: S603
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scales", nargs="+", default=["1k", "10k"])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB))
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument(
        "--smoke", action="store_true", help="few iterations, no result file; fails only on errors and query pins"
    )
    options = parser.parse_args()

    runs = [
        run_scale(s, options.database_url, options.only, not options.no_throughput, options.smoke)
        for s in options.scales
    ]
    if options.smoke:
        return smoke_report(runs)
    result = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": describe_machine(),
        "runs": runs,
    }
    result["verdicts"] = verdicts(runs)
    print(table(runs, result["verdicts"]))
    out = Path(options.out) / f"bench-{result['when'][:19].replace(':', '')}-{'-'.join(options.scales)}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"\nResultat: {out.relative_to(ROOT)}")


def smoke_report(runs):
    """Times are printed but never judged: a shared CI machine cannot time; it can count."""
    pins = pin_verdicts(runs)
    print(table(runs, pins))
    missed = [v for v in pins if not v["met"]]
    if missed:
        sys.exit(f"bench-smoke: {len(missed)} scenario(s) above their query pin")
    print("bench-smoke: every scenario answered as expected, within its query pin")


if __name__ == "__main__":
    main()
