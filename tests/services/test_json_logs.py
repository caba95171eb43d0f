"""Production's JSON logs: one object a line with the request id of the request that wrote it,
and without the query string Django would otherwise attach to its request records."""

import io
import json
import logging
import logging.config

import pytest

from samplan.settings.services import json_logging


@pytest.fixture
def json_log(settings):
    logging.config.dictConfig(json_logging(settings.LOGGING["loggers"]))
    stream = io.StringIO()
    logging.getLogger().handlers[0].setStream(stream)
    yield stream
    logging.config.dictConfig(settings.LOGGING)


@pytest.mark.django_db
def test_a_logged_request_carries_its_request_id_and_not_its_query_string(client, json_log):
    response = client.get("/finnes-ikke/?e-post=kari.hemmelig@example.no")
    records = [json.loads(line) for line in json_log.getvalue().splitlines()]
    (not_found,) = [record for record in records if record["logger"] == "django.request"]
    assert not_found["request_id"] == response["X-Request-ID"]
    assert "kari.hemmelig" not in json_log.getvalue()
