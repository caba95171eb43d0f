import pytest
from django.utils import timezone

from tests.factories import make_local_admin, make_municipality, make_user


def coordinator_in(municipality, **fields):
    """A coordinator who has signed in on their own before (handover needs that)."""
    fields.setdefault("last_login", timezone.now())
    user = make_user(**fields)
    user.groups.add(municipality.coordinators_group)
    return user


@pytest.fixture
def nordby(db):
    return make_municipality("nordby", "Nordby kommune")


@pytest.fixture
def sorvik(db):
    return make_municipality("sorvik", "Sørvik kommune")


@pytest.fixture
def nordby_admin(nordby):
    return make_local_admin(nordby)


@pytest.fixture
def operator(db):
    return make_user(is_superuser=True, is_staff=True)


def is_denied(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
