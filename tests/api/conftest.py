import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from wagtail.models import APIToken

from demo.plans import DEMO_PLANS
from planpages.models import PlanPage
from tests.demo_access import ACCESS_LOG_READERS, ACCOUNT_NAMES, VIEWERS, WRITERS  # noqa: F401

ACCOUNTS = ACCOUNT_NAMES
PLAN_LETTERS = sorted(DEMO_PLANS)
AUTH_MODES = ["session", "token"]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_plans(demo_world):
    return {letter: PlanPage.objects.get(slug=DEMO_PLANS[letter]()["slug"]) for letter in PLAN_LETTERS}


def user_named(username):
    return get_user_model().objects.get(username=username)


def token_client(user):
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


def session_client(user):
    client = Client()
    client.force_login(user)
    return client


def api_client(username, mode):
    """A client calling as `username`, by session cookie or by bearer token."""
    user = user_named(username)
    return session_client(user) if mode == "session" else token_client(user)


def plan_url(plan_id, tail=""):
    return f"/api/v3/plans/{plan_id}/{tail}"
