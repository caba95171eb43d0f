"""Sessions end: after 30 idle minutes, 12 hours after sign-in, and all at once on request."""

import time
from importlib import import_module
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from accounts.models import ProviderSession, UserSession

SIGNED_IN_AT = "samplan_signed_in_at"
LAST_SEEN = "samplan_last_seen"
# Writing the session on every request would cost a database write each time.
LAST_SEEN_RESOLUTION_SECONDS = 60


def register_session(request, user):
    """Remember that this session is `user`'s and when the sign-in happened."""
    now = time.time()
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN] = now
    if request.session.session_key is None:
        request.session.save()
    UserSession.objects.update_or_create(session_key=request.session.session_key, defaults={"user": user})


def forget_session(session_key):
    if session_key:
        UserSession.objects.filter(session_key=session_key).delete()
        ProviderSession.objects.filter(session_key=session_key).delete()


def end_sessions(keys):
    """Delete these sessions from the session store, whatever the backend, and what points to them."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in keys:
        store(session_key=key).delete()
    UserSession.objects.filter(session_key__in=keys).delete()
    ProviderSession.objects.filter(session_key__in=keys).delete()
    return len(keys)


def end_all_sessions(user):
    """Delete every session of `user` from the session store, whatever the backend."""
    return end_sessions(list(UserSession.objects.filter(user=user).values_list("session_key", flat=True)))


def session_expired(session, now):
    signed_in_at = session.get(SIGNED_IN_AT)
    last_seen = session.get(LAST_SEEN, signed_in_at)
    if signed_in_at is None:
        return False
    return (
        now - last_seen > settings.SAMPLAN_SESSION_IDLE_SECONDS
        or now - signed_in_at > settings.SAMPLAN_SESSION_ABSOLUTE_SECONDS
    )


class SessionLifetimeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            if session_expired(request.session, now):
                logout(request)
                messages.info(request, _("Du ble logget ut fordi økten var utløpt. Logg inn igjen for å fortsette."))
                return redirect(f"{settings.WAGTAIL_FRONTEND_LOGIN_URL}?next={quote(request.get_full_path())}")
            if SIGNED_IN_AT not in request.session:
                # A session from before these rules: its clocks and owner start now.
                register_session(request, request.user)
            elif now - request.session.get(LAST_SEEN, 0) > LAST_SEEN_RESOLUTION_SECONDS:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
