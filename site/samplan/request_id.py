"""A request id on every log line of a request, and on the response (X-Request-ID), so one
request can be followed through nginx, gunicorn and Django without logging who made it."""

import contextvars
import logging
import re
import uuid

current_request_id = contextvars.ContextVar("request_id", default="-")
# An id from the proxy in front is kept when it looks like one; anything else is replaced.
ACCEPTED = re.compile(r"^[A-Za-z0-9-]{8,64}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get("X-Request-ID", "")
        request_id = offered if ACCEPTED.match(offered) else uuid.uuid4().hex
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds the request id, and drops the request Django attaches to its records: its text
    carries the query string, which can hold anything a user typed."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        record.__dict__.pop("request", None)
        return True
