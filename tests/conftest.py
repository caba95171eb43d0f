import pytest
from django.core.management import call_command

from tests.factories import PlanFactory
from tests.team import make_team


@pytest.fixture
def demo_world(db):
    """The demo world of ../shared/DEMO.md, for tests about who may do what in it."""
    call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def plan_factory(db):
    return PlanFactory()


@pytest.fixture
def team(plan_factory):
    """A plan with a writer, a reader and a signed-up user who is not on it."""
    return make_team(plan_factory)


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (DATABASE_URL=postgres://…)")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)
