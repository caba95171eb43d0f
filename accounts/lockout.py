"""Brute-force protection (django-axes, configured in settings): the Norwegian lockout page,
the current lockouts and unlocking. Who may unlock whom is municipal_admin.locked_accounts;
the operator also unlocks from the shell: `manage.py axes_reset_username NAME`."""

import datetime
import ipaddress

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.forms import SignInForm

LOCKED_MESSAGE = _(
    "Kontoen er midlertidig sperret etter for mange mislykkede innloggingsforsøk. "
    "Prøv igjen om en time, eller kontakt den lokale administratoren i kommunen din for å låse den opp."
)


def is_trusted_proxy(address):
    """Whether `address` is one of SAMPLAN_TRUSTED_PROXIES (addresses or networks)."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(proxy, strict=False) for proxy in settings.SAMPLAN_TRUSTED_PROXIES)


def client_ip(request):
    """The sign-in's source address. Behind SAMPLAN_PROXY_COUNT proxies it is the address the
    outermost of them saw (the client can forge everything to the left of it), but only when
    the request came from a configured proxy: anyone reaching Samplan directly could otherwise
    choose the address their failures are counted under."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.SAMPLAN_PROXY_COUNT
    if not proxies or not is_trusted_proxy(remote):
        return remote
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote


def lockout_response(request, original_response=None, credentials=None):
    form = SignInForm(request)
    return render(
        request,
        "registration/login.html",
        {"form": form, "locked_out_message": LOCKED_MESSAGE, "next": ""},
        status=429,
    )


def current_lockouts():
    since = timezone.now() - datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
    return AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since)


def unlock(user):
    return reset(username=user.get_username())
