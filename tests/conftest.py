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
