import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "riktig-passord-123"


@pytest.fixture
def two_factor_required(settings):
    settings.SAMPLAN_REQUIRE_2FA = True


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def enrol(user):
    return TOTPDevice.objects.create(user=user, name="Samplan", confirmed=True)


def sign_in(client, user, password=PASSWORD, **extra):
    return client.post("/logg-inn/", {"username": user.username, "password": password}, **extra)
