"""Signals the core sends so that feature apps can act without the core importing them."""

from django.dispatch import Signal

# Sent with request, plan, what and channel when the access rule refuses a real plan, before
# the 404. The access log records the attempt; an exception from a receiver fails the request.
plan_read_refused = Signal()
