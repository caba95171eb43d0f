import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError


def test_password_shorter_than_twelve_characters_is_refused():
    with pytest.raises(ValidationError, match="12"):
        validate_password("kort-pass-1")


def test_common_password_is_refused():
    with pytest.raises(ValidationError):
        validate_password("password1234")
