import pytest
import requests

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from tests.oidc_provider import PERSON, running_provider


@pytest.fixture(scope="session")
def test_provider(live_server):
    with running_provider(live_server.url) as provider:
        yield provider


@pytest.fixture
def idporten(test_provider, settings, db):
    """Samplan pointed at the test provider, as the environment would set it."""
    for name, value in test_provider.settings().items():
        setattr(settings, name, value)
    settings.SAMPLAN_IDPORTEN_ACR_VALUES = "idporten-loa-high"
    return test_provider


@pytest.fixture
def site(live_server, idporten):
    return live_server.url


@pytest.fixture
def browser():
    with requests.Session() as session:
        yield session


@pytest.fixture
def person(django_user_model, db):
    """An account linked to the test provider's PERSON."""
    user = django_user_model.objects.create_user("testesen", password="ikke-brukt-passord-1")
    PersonIdentity.objects.create(user=user, pid_digest=pid_digest(PERSON))
    return user
