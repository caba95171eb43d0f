"""Shared set-up for the collaboration tests: a plan with a writer, a reader and an outsider."""

from dataclasses import dataclass

from planpages.plan_types import Access
from tests.factories import goal_block, make_user, meeting_block, participant


@dataclass
class Team:
    plan: object
    writer: object
    reader: object
    outsider: object


def make_team(plan_factory, prefix="", **plan_fields):
    writer = make_user(email=f"{prefix}skriver@example.no")
    reader = make_user(email=f"{prefix}leser@example.no")
    outsider = make_user(email=f"{prefix}utenfor@example.no")
    plan_fields.setdefault("body", [goal_block("Gå til butikken", sub_goals=1), meeting_block(7)])
    plan = plan_factory(
        participants=[participant(writer, Access.WRITE), participant(reader)],
        person_name="Kari Hemmelig",
        **plan_fields,
    )
    plan.coordinator.email = f"{prefix}koordinator@example.no"
    plan.coordinator.save()
    return Team(plan, writer, reader, outsider)


def meeting_id(plan):
    return next(child.id for child in plan.body if child.block_type == "meeting")
