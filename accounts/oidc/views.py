"""The Django side of provider sign-in: start, return (callback), sign-out with the provider's
logout, and the provider's own front- and back-channel logout. The protocol is in client.py."""

import logging

from django.conf import settings
from django.contrib.auth import login as django_login
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from accounts.identity import pid_digest
from accounts.models import ProviderSession
from accounts.oidc import client, hint
from accounts.oidc.backend import ProviderBackend
from accounts.oidc.client import SignInCancelled, SignInFailed
from accounts.oidc.providers import configured_providers, provider_or_404
from accounts.sessions import end_sessions
from accounts.two_factor import PROVIDER_SESSION_KEY
from accounts.views import safe_next

logger = logging.getLogger("samplan.security")

BACKEND = "accounts.oidc.backend.ProviderBackend"
PENDING_SESSION_KEY = "samplan_oidc_pending"
ACR_SESSION_KEY = "idporten_acr"
# The id_token_hint for the provider's logout, kept server-side and encrypted (hint.py): the
# token carries the identity number.
ID_TOKEN_SESSION_KEY = "samplan_oidc_id_token"  # noqa: S105 - a session key's name, not a secret

FAILURES = {
    "unavailable": (
        502,
        _("%(provider)s svarer ikke akkurat nå"),
        _(
            "Vi fikk ikke kontakt med %(provider)s. Du er ikke logget inn, og ingenting er endret. "
            "Vent litt og prøv igjen."
        ),
    ),
    "invalid": (
        400,
        _("Innloggingen kunne ikke fullføres"),
        _(
            "Svaret fra %(provider)s kunne ikke bekreftes, så du er ikke logget inn, og ingenting er endret. "
            "Start innloggingen på nytt."
        ),
    ),
    "level": (
        403,
        _("Innloggingen har for lavt sikkerhetsnivå"),
        _(
            "Samplan inneholder helseopplysninger og krever innlogging på høyt nivå. Du er ikke logget inn. "
            "Logg inn på nytt med BankID, Buypass eller Commfides."
        ),
    ),
    "cancelled": (
        400,
        _("Du avbrøt innloggingen"),
        _("Du er ikke logget inn. Vil du likevel inn i Samplan, kan du starte innloggingen på nytt."),
    ),
}


def redirect_uri(request, provider):
    return request.build_absolute_uri(reverse("oidc_callback", args=[provider.name]))


def failure_page(request, provider, reason, detail=""):
    status, title, message = FAILURES[reason]
    logger.warning("provider sign-in failed provider=%s reason=%s %s", provider.name, reason, detail)
    context = {"title": title % {"provider": provider.label}, "message": message % {"provider": provider.label}}
    return TemplateResponse(request, "accounts/provider_failure.html", context, status=status)


@never_cache
@require_GET
def start(request, provider_name):
    provider = provider_or_404(provider_name)
    try:
        url, pending = client.begin(provider, redirect_uri(request, provider), get_language() or "nb")
    except SignInFailed as failure:
        return failure_page(request, provider, failure.reason, failure)
    request.session[PENDING_SESSION_KEY] = {**pending, "provider": provider.name, "next": safe_next(request)}
    return redirect(url)


def verified_person(request, provider, pending):
    verified = client.complete(provider, pending, redirect_uri(request, provider), request.build_absolute_uri())
    try:
        digest = pid_digest(verified.claims.get(provider.pid_claim))
    except ValidationError:
        raise SignInFailed("invalid", "no valid identity number") from None
    return verified, digest


@never_cache
@require_GET
def callback(request, provider_name):
    provider = provider_or_404(provider_name)
    pending = request.session.pop(PENDING_SESSION_KEY, None)
    if not pending or pending.get("provider") != provider.name:
        return failure_page(request, provider, "invalid", "no sign-in under way")
    try:
        verified, digest = verified_person(request, provider, pending)
    except SignInCancelled:
        return failure_page(request, provider, "cancelled")
    except SignInFailed as failure:
        return failure_page(request, provider, failure.reason, failure)
    user = ProviderBackend().authenticate(request, pid_digest=digest, name=verified.claims.get("name", ""))
    if user is None:
        logger.info("provider sign-in without account provider=%s", provider.name)
        return TemplateResponse(request, "accounts/provider_no_access.html", status=403)
    sign_in(request, user, provider, verified)
    return redirect(pending["next"])


def sign_in(request, user, provider, verified):
    django_login(request, user, backend=BACKEND)
    request.session[ACR_SESSION_KEY] = verified.claims.get("acr", "")
    request.session[PROVIDER_SESSION_KEY] = provider.name
    request.session[ID_TOKEN_SESSION_KEY] = hint.seal(verified.id_token)
    ProviderSession.objects.create(
        provider=provider.name,
        sid=verified.claims.get("sid", ""),
        sub=verified.claims.get("sub", ""),
        session_key=request.session.session_key,
    )
    logger.info("provider sign-in provider=%s account=%s acr=%s", provider.name, user.pk, verified.claims.get("acr"))


def provider_logout_url(request, provider_name, id_token):
    providers = {provider.name: provider for provider in configured_providers()}
    if provider_name not in providers or not id_token:
        return None
    return client.end_session_url(providers[provider_name], id_token, request.build_absolute_uri(reverse("login")))


@require_POST
def sign_out(request):
    """Ends the Samplan session, then the provider's too when the person signed in through one.

    The way to the provider is a page that moves on by itself, not a redirect: the sign-out form's
    page allows forms to post to this site only (CSP form-action), and browsers hold redirects
    after a form to that too."""
    provider_name = request.session.get(PROVIDER_SESSION_KEY)
    id_token = hint.unseal(request.session.get(ID_TOKEN_SESSION_KEY))
    logout(request)
    url = provider_logout_url(request, provider_name, id_token)
    if url is None:
        return redirect(settings.LOGOUT_REDIRECT_URL)
    return TemplateResponse(request, "accounts/provider_sign_out.html", {"provider_logout_url": url})


def end_provider_sessions(provider, sid=None, sub=None):
    rows = ProviderSession.objects.filter(provider=provider.name)
    rows = rows.filter(sid=sid) if sid else rows.filter(sub=sub)
    ended = end_sessions(list(rows.values_list("session_key", flat=True)))
    logger.info("provider logout provider=%s sessions=%s", provider.name, ended)


@never_cache
@xframe_options_exempt
@require_GET
def front_channel_logout(request, provider_name):
    """The provider loads this in a hidden frame when the person signs out elsewhere."""
    provider = provider_or_404(provider_name)
    if provider.is_issuer(request.GET.get("iss")) and request.GET.get("sid"):
        end_provider_sessions(provider, sid=request.GET["sid"])
    return HttpResponse(status=200)


@never_cache
@csrf_exempt
@require_POST
def back_channel_logout(request, provider_name):
    """The provider posts a signed logout token here when the person's session there ends."""
    provider = provider_or_404(provider_name)
    try:
        claims = client.verified_logout_token(provider, request.POST.get("logout_token", ""))
    except SignInFailed as failure:
        logger.warning("provider logout refused provider=%s %s", provider.name, failure)
        return HttpResponseBadRequest()
    end_provider_sessions(provider, sid=claims.get("sid"), sub=claims.get("sub"))
    return HttpResponse(status=200)
