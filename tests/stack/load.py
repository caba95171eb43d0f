"""A bounded pool of participants reading and writing across both app processes for a fixed
time, by token and by signed-in session, while faults are injected on a timeline. Each write
carries a text of its own, so the rows stored can be matched against the 201s received."""

import http.client
import statistics
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .client import Browser

PREFIX = "Lastprøve "


@dataclass
class Outcome:
    kind: str
    status: int  # 0: the connection failed (process killed), nothing was answered
    seconds: float


@dataclass
class LoadResult:
    outcomes: list = field(default_factory=list)
    accepted_texts: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def keep(self, outcome, text=None):
        with self.lock:
            self.outcomes.append(outcome)
            if text and outcome.status == 201:
                self.accepted_texts.append(text)

    def statuses(self):
        return [outcome.status for outcome in self.outcomes]

    def figures(self):
        answered = sorted(o.seconds for o in self.outcomes if o.status)
        quantiles = statistics.quantiles(answered, n=100) if len(answered) > 1 else [0] * 99
        return {
            "requests": len(self.outcomes),
            "p50_ms": round(quantiles[49] * 1000),
            "p95_ms": round(quantiles[94] * 1000),
            "4xx": sum(1 for status in self.statuses() if 400 <= status < 500),
            "5xx": sum(1 for status in self.statuses() if status >= 500),
            "dropped_connections": self.statuses().count(0),
            "accepted_writes": len(self.accepted_texts),
        }


def timed(result, kind, call, text=None):
    started = time.monotonic()
    try:
        status = call()[0]
    except (OSError, http.client.HTTPException):
        status = 0
    result.keep(Outcome(kind, status, time.monotonic() - started), text)
    return status


def browser_for(stack, number):
    """Most participants call with an API token; every fourth is signed in with a session
    (lise, who may write on the plan), half of them on each process."""
    if number % 4:
        return Browser(stack, token=stack.token)
    browser = Browser(stack)
    browser.sign_in("a" if number % 8 else "b", "lise")
    return browser


def participant(stack, browser, number, deadline, result, alive):
    write_path = f"/api/v3/plans/{stack.plan_id}/log-entries/"
    step = 0
    while time.monotonic() < deadline:
        # Like nginx's upstream: a process that refuses connections is passed over.
        live = [name for name in ("a", "b") if alive[name]]
        process = live[(number + step) % len(live)]
        if step % 3 == 0:
            text = f"{PREFIX}{uuid.uuid4().hex}"
            timed(result, "write", lambda p=process, t=text: browser.post_json(p, write_path, {"text": t}), text)
        else:
            timed(result, "read", lambda p=process: browser.request(p, "GET", "/api/v3/plans/?limit=5"))
        step += 1


def run_load(stack, seconds, participants, faults):
    """`faults`: (second, action name, callable) run in order while the load goes on."""
    result = LoadResult()
    alive = {"a": True, "b": True}
    browsers = [browser_for(stack, number) for number in range(participants)]  # signed in before the clock starts
    start = time.monotonic()
    deadline = start + seconds
    with ThreadPoolExecutor(max_workers=participants) as pool:
        running = [
            pool.submit(participant, stack, browser, number, deadline, result, alive)
            for number, browser in enumerate(browsers)
        ]
        for second, action in faults:
            time.sleep(max(0, start + second - time.monotonic()))
            action(alive)
        for future in running:
            future.result()  # a participant that broke down fails the run
    return result
