"""National identity numbers: validated, then kept only as a keyed digest used for matching.

The number itself is never stored, logged or shown. Synthetic test numbers (month + 80, as
ID-porten's test environment and the demo use) are accepted only where
SAMPLAN_ACCEPT_SYNTHETIC_PIDS is on.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as NumberError
from stdnum.no import fodselsnummer

INVALID_PID = _("Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.")
SYNTHETIC_MONTH_OFFSET = 80


def _without_synthetic_offset(number):
    month = int(number[2:4])
    if month > SYNTHETIC_MONTH_OFFSET and settings.SAMPLAN_ACCEPT_SYNTHETIC_PIDS:
        return number[:2] + f"{month - SYNTHETIC_MONTH_OFFSET:02d}" + number[4:]
    return number


def validate_pid(value):
    """The number in its compact 11-digit form, or a ValidationError in Norwegian."""
    number = fodselsnummer.compact(str(value or ""))
    try:
        if len(number) != 11 or not number.isdigit():
            raise NumberError()
        if number[-2] != fodselsnummer.calc_check_digit1(number) or number[-1] != fodselsnummer.calc_check_digit2(
            number
        ):
            raise NumberError()
        fodselsnummer.get_birth_date(_without_synthetic_offset(number))
    except NumberError:
        raise ValidationError(INVALID_PID, code="invalid_pid") from None
    return number


def pid_digest(value):
    """The keyed digest (HMAC-SHA256 with the server's SAMPLAN_PID_DIGEST_KEY) of a valid number."""
    number = validate_pid(value)
    key = settings.SAMPLAN_PID_DIGEST_KEY.encode()
    return hmac.new(key, number.encode(), hashlib.sha256).hexdigest()
