import pytest

from tests.planpages.collaboration_helpers import make_team


@pytest.fixture
def team(plan_factory):
    """A plan with a writer, a reader and a signed-up user who is not on it."""
    return make_team(plan_factory)
