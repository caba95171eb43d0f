import pytest
from django.core.management import call_command

from tests.factories import PlanFactory


@pytest.fixture
def demo_world(db):
    """The demo world of ../shared/DEMO.md, for tests about who may do what in it."""
    call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def plan_factory(db):
    return PlanFactory()


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (DATABASE_URL=postgres://…)")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)
