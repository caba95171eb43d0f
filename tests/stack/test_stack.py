"""The real stack (`make stack-test`, run by CI): two gunicorn processes with production
settings on PostgreSQL, Redis and S3, the task worker, exercised over real HTTP. Faults on
purpose: an app process killed, Redis stopped and started, the S3 server gone."""

import datetime
import json
import os
import re
import time
from pathlib import Path

import pytest

from demo.attachment import demo_pdf_bytes
from tests.live_processes import ROOT

from .client import Browser
from .load import PREFIX, run_load
from .stack import Stack

pytestmark = pytest.mark.stack
LOAD_SECONDS = int(os.environ.get("STACK_LOAD_SECONDS", "60"))
PARTICIPANTS = 16
ATTACHMENT_LINK = re.compile(r"vedlegg/([0-9a-f-]{36})/")
HASHED_STYLESHEET = re.compile(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"')


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack(tmp_path_factory.mktemp("stack"))
    try:
        yield running.start()
    finally:
        running.close()


@pytest.fixture(scope="module")
def ola(stack):
    browser = Browser(stack)
    status, location = browser.sign_in("a", "ola")
    assert status == 302 and "logg-inn" not in location
    return browser


def keep_figures(figures):
    """Printed always; kept as JSON in STACK_RESULTS_DIR (bench/results under `make bench`)."""
    print("\nstack load:", figures)
    if os.environ.get("STACK_RESULTS_DIR"):
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%M%S")
        path = Path(os.environ["STACK_RESULTS_DIR"]) / f"stack-{stamp}.json"
        path.write_text(json.dumps({**figures, "participants": PARTICIPANTS}, indent=2) + "\n")


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():
        time.sleep(0.2)
    return condition()


def test_session_from_signing_in_on_one_process_is_valid_on_the_other(stack, ola):
    status, _response, page = ola.request("b", "GET", stack.plan_url)
    assert status == 200
    assert "Emil Hansen" in page.decode()


def test_static_files_are_hashed_compressed_and_cached_for_good(stack):
    _status, _response, page = Browser(stack).request("b", "GET", "/logg-inn/")
    stylesheet = HASHED_STYLESHEET.search(page.decode()).group(1)
    status, response, _ = Browser(stack).request("a", "GET", stylesheet, headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert "immutable" in response.getheader("Cache-Control")


def test_attachment_uploaded_through_one_process_is_downloaded_through_the_other_from_the_bucket(stack, ola):
    pdf = demo_pdf_bytes()
    status, _response, _ = ola.upload("a", stack.plan_url + "vedlegg/", "Stakk.pdf", pdf)
    assert status == 302
    _status, _response, page = ola.request("b", "GET", stack.plan_url)
    attachment_id = ATTACHMENT_LINK.findall(page.decode())[-1]
    status, response, content = ola.request("b", "GET", f"{stack.plan_url}vedlegg/{attachment_id}/")
    assert (status, content) == (200, pdf)
    keys = [item["Key"] for item in stack.s3().list_objects_v2(Bucket=stack.bucket)["Contents"]]
    assert any(key.endswith(".pdf") and "Stakk" in key for key in keys)
    assert not list((ROOT / "media").rglob("Stakk*")), "nothing on the local disk"


def test_access_log_keeps_neither_query_string_nor_address(stack):
    Browser(stack).request("a", "GET", "/logg-inn/?neste=/kari.hemmelig@example.no/")
    time.sleep(0.5)
    lines = [line for line in stack.logs().splitlines() if '"path": "/logg-inn/"' in line]
    assert lines and '"request_id": "' in lines[-1]
    assert "kari.hemmelig" not in stack.logs() and "127.0.0.1" not in lines[-1]


def test_log_entry_written_through_one_process_is_mailed_by_the_worker(stack, ola):
    sent_before = len(stack.smtp.messages)
    status, _response, _ = ola.post_json("b", f"/api/v3/plans/{stack.plan_id}/log-entries/", {"text": "Til e-post"})
    assert status == 201
    assert wait_for(lambda: len(stack.smtp.messages) > sent_before)
    assert stack.query("SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL'") != "0"


def test_load_across_both_processes_with_a_crash_and_a_redis_restart_loses_nothing(stack):
    def kill_b(alive):
        stack.kill_app("b")
        alive["b"] = False

    faults = [
        (LOAD_SECONDS * 0.3, kill_b),
        (LOAD_SECONDS * 0.5, lambda alive: stack.stop_redis()),
        (LOAD_SECONDS * 0.7, lambda alive: stack.start_redis()),
    ]
    result = run_load(stack, LOAD_SECONDS, PARTICIPANTS, faults)
    stored = [text for text in stack.log_entry_texts() if text.startswith(PREFIX)]
    keep_figures({**result.figures(), "rows_stored": len(stored), "seconds": LOAD_SECONDS})

    assert [status for status in result.statuses() if status >= 500] == []
    assert len(stored) == len(set(stored)), "nothing is written twice"
    assert set(result.accepted_texts) <= set(stored), "every 201 is a stored row"
    assert len(result.accepted_texts) > 0
    assert stack.server_errors() == []
    assert Browser(stack).request("a", "GET", "/health/ready/")[0] == 200


def test_upload_while_the_s3_server_is_gone_is_refused_in_norwegian_and_stores_nothing(stack, ola):
    attachments_before = stack.query("SELECT count(*) FROM planpages_attachment")
    stack.stop_s3()
    status, _response, page = ola.upload("a", stack.plan_url + "vedlegg/", "Borte.pdf", demo_pdf_bytes())
    assert status == 503
    assert "Vi får ikke kontakt med fillageret" in page.decode()
    assert stack.query("SELECT count(*) FROM planpages_attachment") == attachments_before
