"""Identity numbers are checked by their check digits and kept only as a keyed digest."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from accounts.identity import pid_digest, validate_pid

REAL_FORM = "01010150074"  # check digits valid, ordinary birth date (1 January 2001)
SYNTHETIC = "01810150110"  # the same birth date as a test number: month + 80


def test_a_number_with_valid_check_digits_is_accepted():
    assert validate_pid("010101 50074") == REAL_FORM


@pytest.mark.parametrize("value", ["01010150075", "0101015007", "0101015007x", "", None, "32010150074"])
def test_a_wrong_number_is_refused_in_norwegian(value):
    with translation.override("nb"), pytest.raises(ValidationError) as refused:
        validate_pid(value)
    with translation.override("nb"):
        assert "Fødselsnummeret er ikke gyldig" in refused.value.messages[0]


def test_a_synthetic_test_number_is_accepted_where_allowed(settings):
    settings.SAMPLAN_ACCEPT_SYNTHETIC_PIDS = True
    assert validate_pid(SYNTHETIC) == SYNTHETIC


def test_a_synthetic_test_number_is_refused_where_not_allowed(settings):
    settings.SAMPLAN_ACCEPT_SYNTHETIC_PIDS = False
    with pytest.raises(ValidationError):
        validate_pid(SYNTHETIC)


def test_the_digest_is_stable_and_does_not_contain_the_number():
    digest = pid_digest(REAL_FORM)
    assert digest == pid_digest("010101 50074")
    assert REAL_FORM not in digest and len(digest) == 64


def test_the_digest_depends_on_the_server_key(settings):
    before = pid_digest(REAL_FORM)
    settings.SAMPLAN_PID_DIGEST_KEY = "another-key-another-key-another-key"
    assert pid_digest(REAL_FORM) != before


def test_the_refusal_is_translated_for_english_readers():
    with pytest.raises(ValidationError) as refused:
        validate_pid("123")
    with translation.override("en"):
        assert refused.value.messages[0].startswith("The national identity number is not valid.")
