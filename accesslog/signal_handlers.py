"""Receivers that write the access log for reads the core refuses."""

from django.dispatch import receiver

from accesslog.recording import record_access
from planpages.signals import plan_read_refused


@receiver(plan_read_refused)
def record_refused_read(sender, request, plan, what, channel, **kwargs):
    record_access(request, plan, what, channel)
