"""The configured providers, from settings only: ID-porten (SAMPLAN_IDPORTEN_*) under the short
name "idporten", and each municipality's staff provider (SAMPLAN_STAFF_OIDC_PROVIDERS) under its
slug. The short name is the provider's part of the sign-in URLs."""

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from jwskate import Jwk

IDPORTEN = "idporten"
DEFAULT_ALG = "RS256"


@dataclass(frozen=True)
class Provider:
    name: str
    label: str
    issuer: str
    client_id: str
    private_key: str  # PEM or JWK (JSON)
    key_id: str = ""
    acr_values: tuple = ()
    pid_claim: str = "pid"

    def is_issuer(self, issuer):
        """Whether `issuer` names this provider: with or without the trailing slash, since
        ID-porten's issuer has one ("https://idporten.no/") and a setting may well not."""
        return bool(issuer) and issuer.rstrip("/") == self.issuer.rstrip("/")

    def signing_key(self):
        """The client's private key for private_key_jwt, with its key id and algorithm."""
        return load_key(self.private_key.strip(), self.key_id)


# Loading an RSA private key checks it, which takes about a second: once per key will do.
@functools.lru_cache(maxsize=16)
def load_key(text, key_id):
    jwk = Jwk(json.loads(text)) if text.startswith("{") else Jwk.from_pem(text)
    params = jwk.to_dict()
    params.setdefault("alg", DEFAULT_ALG)
    if key_id:
        params["kid"] = key_id
    return Jwk(params)


def key_text(value, path):
    return value or (Path(path).read_text() if path else "")


def idporten():
    return Provider(
        name=IDPORTEN,
        label=_("ID-porten"),
        issuer=settings.SAMPLAN_IDPORTEN_ISSUER,
        client_id=settings.SAMPLAN_IDPORTEN_CLIENT_ID,
        private_key=key_text(settings.SAMPLAN_IDPORTEN_PRIVATE_KEY, settings.SAMPLAN_IDPORTEN_PRIVATE_KEY_FILE),
        key_id=settings.SAMPLAN_IDPORTEN_KEY_ID,
        acr_values=tuple(settings.SAMPLAN_IDPORTEN_ACR_VALUES.split()),
    )


def staff_provider(slug, config):
    return Provider(
        name=slug,
        label=config.get("label", slug),
        issuer=config["issuer"],
        client_id=config["client_id"],
        private_key=key_text(config.get("private_key", ""), config.get("private_key_file", "")),
        key_id=config.get("key_id", ""),
        acr_values=tuple(config.get("acr_values", "").split()),
        pid_claim=config.get("pid_claim", "pid"),
    )


def configured_providers():
    """Every configured provider, ID-porten first."""
    found = [idporten()] if settings.SAMPLAN_IDPORTEN_ISSUER else []
    found += [staff_provider(slug, config) for slug, config in settings.SAMPLAN_STAFF_OIDC_PROVIDERS.items()]
    return found


def provider_or_404(name):
    for provider in configured_providers():
        if provider.name == name:
            return provider
    raise Http404


def sign_in_choices():
    """The providers for the sign-in page, ID-porten first."""
    return [{"label": p.label, "url": reverse("oidc_start", args=[p.name])} for p in configured_providers()]
