"""The protocol, over requests-oauth2client: authorization code flow with PKCE (S256), pushed
authorization requests, private_key_jwt, acr_values and nonce; the ID token is checked for issuer,
audience, expiry, signature (the provider's JWKS, fetched fresh) and level."""

from dataclasses import dataclass
from urllib.parse import urlencode, urlparse

import requests
from jwskate import JwkSet, SignedJwt
from requests_oauth2client import AuthorizationResponse, OAuth2Client, PrivateKeyJwt
from requests_oauth2client.exceptions import AuthorizationResponseError, OAuth2Error
from requests_oauth2client.tokens import MismatchingIdTokenAcr

TIMEOUT_SECONDS = 10
TIMEOUT = {"timeout": TIMEOUT_SECONDS}
SCOPE = "openid profile"
# ID-porten's levels, lowest first: asking for one accepts it or any above it.
LEVELS = ("idporten-loa-substantial", "idporten-loa-high")
SIGNING_ALGS = ("RS256", "PS256", "ES256")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout"


class SignInFailed(Exception):
    """The provider could not be reached ("unavailable"), its answer was not to be trusted
    ("invalid"), or the person signed in at a lower level than asked ("level")."""

    def __init__(self, reason, detail=""):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


class SignInCancelled(Exception):
    """The person stopped at the provider (error=access_denied)."""


# What requests-oauth2client and jwskate raise for an unreachable provider or a bad answer.
PROTOCOL_ERRORS = (requests.RequestException, OAuth2Error, AuthorizationResponseError, ValueError, KeyError)


@dataclass(frozen=True)
class VerifiedSignIn:
    claims: dict
    id_token: str


def fetch_json(url):
    response = requests.get(url, timeout=TIMEOUT_SECONDS)
    response.raise_for_status()
    return response.json()


def discovery(provider):
    """The provider's metadata; its `issuer` is the exact form tokens carry."""
    metadata = fetch_json(f"{provider.issuer.rstrip('/')}/.well-known/openid-configuration")
    if not provider.is_issuer(metadata.get("issuer")):
        raise ValueError("the discovery document names another issuer")
    return metadata


def oauth_client(provider, redirect_uri=None):
    metadata = discovery(provider)
    return OAuth2Client.from_discovery_document(
        metadata,
        issuer=metadata["issuer"],
        auth=PrivateKeyJwt(provider.client_id, provider.signing_key(), aud=metadata["issuer"]),
        authorization_server_jwks=fetch_json(metadata["jwks_uri"]),
        redirect_uri=redirect_uri,
        # Plain http is for a provider on this machine only (the tests' provider).
        testing=urlparse(provider.issuer).hostname in LOOPBACK,
    )


def acceptable_levels(asked):
    """`asked` and every ID-porten level above the lowest asked for."""
    known = [LEVELS.index(level) for level in asked if level in LEVELS]
    return tuple(dict.fromkeys([*asked, *LEVELS[min(known) :]])) if known else tuple(asked)


def begin(provider, redirect_uri, language="nb"):
    """Push the authorization request; returns where to send the person and what to keep until
    they return (state, nonce, the PKCE verifier). ID-porten speaks bokmål, nynorsk and English."""
    try:
        client = oauth_client(provider, redirect_uri)
        request = client.authorization_request(
            scope=SCOPE, acr_values=" ".join(provider.acr_values) or None, ui_locales=language
        )
        pushed = client.pushed_authorization_request(request, requests_kwargs=TIMEOUT)
    except PROTOCOL_ERRORS as error:
        raise SignInFailed("unavailable", type(error).__name__) from error
    pending = {"state": request.state, "nonce": request.nonce, "code_verifier": request.code_verifier}
    return pushed.uri, pending


def complete(provider, pending, redirect_uri, callback_url):
    """Exchange the code the provider returned; the checked ID token, or SignInFailed/Cancelled."""
    try:
        client = oauth_client(provider, redirect_uri)
        expected = client.authorization_request(
            scope=SCOPE, state=pending["state"], nonce=pending["nonce"], code_verifier=pending["code_verifier"]
        )
        returned = expected.validate_callback(callback_url)
        response = AuthorizationResponse(
            code=returned.code,
            redirect_uri=redirect_uri,
            code_verifier=pending["code_verifier"],
            state=pending["state"],
            nonce=pending["nonce"],
            acr_values=acceptable_levels(provider.acr_values) or None,
            issuer=client.issuer,
        )
        token = client.authorization_code(response, requests_kwargs=TIMEOUT)
    except AuthorizationResponseError as error:
        if error.error == "access_denied":
            raise SignInCancelled from error
        raise SignInFailed("invalid", error.error) from error
    except MismatchingIdTokenAcr as error:
        raise SignInFailed("level", error.received) from error
    except requests.RequestException as error:
        raise SignInFailed("unavailable", type(error).__name__) from error
    except PROTOCOL_ERRORS as error:
        raise SignInFailed("invalid", type(error).__name__) from error
    if token.id_token is None or client.client_id not in (token.id_token.audiences or ()):
        raise SignInFailed("invalid", "no ID token for this client")
    return VerifiedSignIn(claims=dict(token.id_token.claims), id_token=str(token.id_token))


def end_session_url(provider, id_token, post_logout_redirect_uri):
    """Where to send the person so the provider ends its session too, or None if it cannot say."""
    try:
        endpoint = discovery(provider).get("end_session_endpoint")
    except PROTOCOL_ERRORS:
        return None
    if not endpoint:
        return None
    query = urlencode({"id_token_hint": id_token, "post_logout_redirect_uri": post_logout_redirect_uri})
    return f"{endpoint}?{query}"


def verified_logout_token(provider, token):
    """The claims of a back-channel logout token, checked like an ID token (signature, issuer,
    audience, expiry) plus the logout event and no nonce; SignInFailed if any check fails."""
    try:
        jwt = SignedJwt(token)
        if jwt.alg not in SIGNING_ALGS:
            raise SignInFailed("invalid", "unexpected signing algorithm")
        metadata = discovery(provider)
        keys = JwkSet(fetch_json(metadata["jwks_uri"]))
        key = keys.get_jwk_by_kid(jwt.kid)
        jwt.validate(key, alg=jwt.alg, issuer=metadata["issuer"], audience=provider.client_id)
        claims = dict(jwt.claims)
    except PROTOCOL_ERRORS as error:
        raise SignInFailed("invalid", type(error).__name__) from error
    if BACKCHANNEL_LOGOUT_EVENT not in (claims.get("events") or {}) or "nonce" in claims:
        raise SignInFailed("invalid", "not a logout token")
    if not (claims.get("sid") or claims.get("sub")):
        raise SignInFailed("invalid", "logout token names no session")
    return claims
