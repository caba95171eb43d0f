"""The table printed after a run, and the targets met or missed."""

GROWTH_LIMIT = 1.5  # a scenario at the largest scale may take at most this times its time at the smallest


def ratio(runs_scenarios, name, reference):
    ours, theirs = runs_scenarios.get(name, {}), runs_scenarios.get(reference, {})
    if "median_ms" not in ours or "median_ms" not in theirs or not theirs["median_ms"]:
        return None
    return round(ours["median_ms"] / theirs["median_ms"], 2)


def scale_verdicts(run):
    """The targets of one scale: time, size and ratios to the references."""
    found = []
    for name, result in run["scenarios"].items():
        if "median_ms" not in result:
            continue
        if result.get("target_ms"):
            found.append(_verdict(run["scale"], name, "median ms", result["median_ms"], result["target_ms"]))
        if result.get("target_kb"):
            found.append(_verdict(run["scale"], name, "kB", result["max_kb"], result["target_kb"]))
        for reference, limit in (result.get("compare") or {}).items():
            value = ratio(run["scenarios"], name, reference)
            if value is not None:
                found.append(_verdict(run["scale"], name, f"× {reference}", value, limit))
    return found


def pin_verdicts(runs):
    """Each scenario's worst SQL query count against its pin."""
    return [
        _verdict(run["scale"], name, "SQL (nål)", result["queries"], result["max_queries"])
        for run in runs
        for name, result in run["scenarios"].items()
        if result.get("max_queries") is not None and "queries" in result
    ]


def verdicts(runs):
    """One line per target: what, at which scale, the value, the limit, met or not."""
    found = [verdict for run in runs for verdict in scale_verdicts(run)] + pin_verdicts(runs)
    if len(runs) > 1:
        small, large = runs[0], runs[-1]
        for name, result in large["scenarios"].items():
            before = small["scenarios"].get(name, {})
            if "median_ms" in result and "median_ms" in before and result.get("target_ms"):
                growth = round(result["median_ms"] / before["median_ms"], 2)
                label = f"{large['scale']}/{small['scale']}"
                found.append(_verdict(label, name, "vekst", growth, GROWTH_LIMIT))
                found.append(_verdict(label, name, "spørringer", result["queries"], before["queries"]))
    return found


def _verdict(scale, name, what, value, limit):
    return {"scale": scale, "scenario": name, "what": what, "value": value, "limit": limit, "met": value <= limit}


def table(runs, found):
    lines = [f"{'skala':>6}  {'scenario':<18} {'median':>9} {'p95':>9} {'SQL':>4} {'kB':>7}  forhold", "-" * 86]
    for run in runs:
        for name, result in run["scenarios"].items():
            if "median_ms" not in result:
                skipped = result.get("skipped", "")
                lines.append(f"{run['scale']:>6}  {name:<18} {'—':>9} {'—':>9} {'':>4} {'':>7}  {skipped}")
                continue
            ratios = ", ".join(f"{ratio(run['scenarios'], name, ref)}× {ref}" for ref in (result.get("compare") or {}))
            lines.append(
                f"{run['scale']:>6}  {name:<18} {result['median_ms']:>7.1f}ms {result['p95_ms']:>7.1f}ms "
                f"{result['queries']:>4} {result.get('max_kb', 0):>7.1f}  {ratios}"
            )
        if "throughput" in run:
            tp = run["throughput"]
            lines.append(
                f"{run['scale']:>6}  {'throughput':<18} {tp['median_ms'] or 0:>7.1f}ms {tp['p95_ms'] or 0:>7.1f}ms "
                f"{'':>4} {'':>7}  {tp['requests_per_s']} req/s, {tp['clients']} klienter, {tp['workers']} arbeidere, "
                f"{tp['errors']} feil"
            )
    lines += ["", "Mål:"]
    for v in found:
        mark = "OK  " if v["met"] else "BOM "
        lines.append(f"  {mark}{v['scale']:>9} {v['scenario']:<18} {v['what']:<22} {v['value']} (≤ {v['limit']})")
    return "\n".join(lines)
