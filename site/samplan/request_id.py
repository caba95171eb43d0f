"""A request id on every log line of a request, and on the response (X-Request-ID), so one
request can be followed through nginx, gunicorn and Django without logging who made it."""

import contextvars
import logging
import re
import uuid

from django.core.signals import request_finished

current_request_id = contextvars.ContextVar("request_id", default="-")
# An id from the proxy in front is kept when it looks like one; anything else is replaced.
ACCEPTED = re.compile(r"^[A-Za-z0-9-]{8,64}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get("X-Request-ID", "")
        request_id = offered if ACCEPTED.match(offered) else uuid.uuid4().hex
        # Kept until the request is finished: Django logs a 4xx/5xx after the middleware returns.
        current_request_id.set(request_id)
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        return response


def forget_request_id(**_kwargs):
    current_request_id.set("-")


request_finished.connect(forget_request_id, dispatch_uid="samplan.request_id")


class RequestIdFilter(logging.Filter):
    """Adds the request id, and drops the request Django attaches to its records: its text
    carries the query string, which can hold anything a user typed."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        record.__dict__.pop("request", None)
        return True
