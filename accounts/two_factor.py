"""The second factor (TOTP, with recovery codes as the fallback), required before anything
behind sign-in is served, on the site and in the Wagtail admin alike."""

import secrets
from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
DEVICE_NAME = "Samplan"
RECOVERY_DEVICE_NAME = "Gjenopprettingskoder"
# Set on sign-in through an OpenID provider (accounts.oidc), whose own level stands in for the
# second factor.
PROVIDER_SESSION_KEY = "samplan_oidc_provider"


def pending_device(user):
    """The authenticator being set up: created once, confirmed only by a correct code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


@transaction.atomic
def confirm_device(request, device):
    """Make `device` the user's only authenticator, issue fresh recovery codes, and count this
    session as verified. Returns the recovery codes, shown once."""
    user = device.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    StaticDevice.objects.filter(user=user).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = issue_recovery_codes(user)
    otp_login(request, device)
    return codes


def issue_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
    codes = [secrets.token_hex(5) for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def has_second_factor(user):
    return user_has_device(user, confirmed=True)


def exempt_paths():
    """Where a password-only session may go: signing in and out, and the second factor itself."""
    return (
        reverse("login"),
        reverse("logout"),
        reverse("two_factor_verify"),
        reverse("two_factor_enrol"),
        reverse("set_language"),
        settings.STATIC_URL,
    )


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_second_factor(request):
            target = "two_factor_verify" if has_second_factor(request.user) else "two_factor_enrol"
            return redirect(f"{reverse(target)}?next={quote(request.get_full_path())}")
        return self.get_response(request)

    @staticmethod
    def needs_second_factor(request):
        return (
            settings.SAMPLAN_REQUIRE_2FA
            and request.user.is_authenticated
            and not request.user.is_verified()
            and not request.session.get(PROVIDER_SESSION_KEY)
            and not request.path.startswith(exempt_paths())
        )
