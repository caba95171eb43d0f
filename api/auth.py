"""Who is calling: a Wagtail APIToken bearer token, or the signed-in session (with CSRF on
writes). A request that presents a bearer token is judged by that token alone, so a revoked
token is refused even when a session cookie rides along."""

from django.conf import settings
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import SessionAuth
from ninja.throttling import SimpleRateThrottle
from ninja.utils import check_csrf
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken


class SessionWithCsrfAuth(SessionAuth):
    def _get_key(self, request):
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise HttpError(403, _("CSRF-kontrollen feilet. Last siden på nytt og prøv igjen."))
        return request.COOKIES.get(self.param_name)


def api_auth():
    return [BearerTokenAuth(), SessionWithCsrfAuth()]


class PerCallerThrottle(SimpleRateThrottle):
    """Limits each token (or, for sessions, each user) to SAMPLAN_API_RATE_LIMIT requests,
    counted in the shared Django cache so every app process sees the same count."""

    scope = "samplan_api"

    def __init__(self):
        super().__init__(rate="1/s")

    def allow_request(self, request):
        self.num_requests, self.duration = self.parse_rate(settings.SAMPLAN_API_RATE_LIMIT)
        return super().allow_request(request)

    def get_cache_key(self, request):
        if isinstance(getattr(request, "auth", None), APIToken):
            ident = f"token-{request.auth.pk}"
        elif request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
