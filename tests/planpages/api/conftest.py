import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from wagtail.models import APIToken

from planpages.demo.plans import DEMO_PLANS
from planpages.models import PlanPage

ACCOUNTS = [
    "admin",
    "nordby-admin",
    "sorvik-admin",
    "nordby-koord",
    "nordby-koord2",
    "sorvik-koord",
    "kari",
    "ola",
    "lise",
    "per",
    "sara",
    "siri",
    "ukjent",
]
# ../shared/DEMO.md, "Who may do what in this world".
VIEWERS = {
    "A": {"admin", "nordby-koord", "kari", "per", "sara"},
    "B": {"admin", "nordby-koord2", "ola", "lise"},
    "C": {"admin", "nordby-koord2", "ola", "lise", "sara"},
    "D": {"admin", "sorvik-koord", "siri"},
}
WRITERS = {
    "A": VIEWERS["A"] - {"per"},
    "B": VIEWERS["B"],
    "C": VIEWERS["C"] - {"lise"},
    "D": VIEWERS["D"],
}
# Plan owner, guardians, coordinator, and the operator.
ACCESS_LOG_READERS = {
    "A": {"admin", "nordby-koord", "kari"},
    "B": {"admin", "nordby-koord2", "ola"},
    "C": {"admin", "nordby-koord2", "ola"},
    "D": {"admin", "sorvik-koord"},
}
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
