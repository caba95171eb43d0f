"""The ID token kept for the provider's logout (id_token_hint), encrypted with a key derived from
SECRET_KEY: it carries the identity number, which is never stored in clear."""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


def fernet():
    key = hashlib.sha256(f"samplan-oidc-id-token-hint:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(id_token):
    return fernet().encrypt(id_token.encode()).decode()


def unseal(sealed):
    """The ID token, or None when there is none or SECRET_KEY has changed since."""
    if not sealed:
        return None
    try:
        return fernet().decrypt(sealed.encode()).decode()
    except InvalidToken:
        return None
