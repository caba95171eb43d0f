"""A plan with its owner, a reader and a writer: the people consent is about."""

import pytest

from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant


@pytest.fixture
def world(plan_factory):
    owner, reader, other = make_user(), make_user(), make_user()
    plan = plan_factory(
        participants=[
            participant(owner, Access.WRITE, ParticipantRole.OWNER),
            participant(reader),
            participant(other, Access.WRITE),
        ]
    )
    return plan, owner, reader, other
