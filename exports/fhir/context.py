"""What the mappers of one plan share: the plan, its people, its goals and measures with the
ids their resources get, read from the plan once."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.functional import cached_property

from exports.fhir.references import resource_uuid
from planpages.models import MunicipalityPage
from planpages.plan_links import plan_links


@dataclass
class PlanGoal:
    id: str
    value: dict
    parent_id: str | None = None
    sub_goal_ids: list = field(default_factory=list)


@dataclass
class PlanMeasure:
    id: str
    value: dict


class PlanFhirContext:
    def __init__(self, plan, participants, today=None):
        self.plan = plan
        self.participants = participants
        self.today = today or timezone.localdate()

    @cached_property
    def municipality(self):
        return MunicipalityPage.objects.ancestor_of(self.plan).first()

    @cached_property
    def careplan_id(self):
        return resource_uuid(self.plan, "careplan")

    @cached_property
    def patient_id(self):
        return resource_uuid(self.plan, "patient")

    @cached_property
    def careteam_id(self):
        return resource_uuid(self.plan, "careteam")

    def blocks(self, block_type):
        return [child for child in self.plan.body if child.block_type == block_type]

    @cached_property
    def goals(self):
        """Main goals and their sub-goals, each main goal followed by its sub-goals."""
        goals = []
        for block in self.blocks("goal"):
            main = PlanGoal(resource_uuid(self.plan, "goal", block.id), block.value)
            goals.append(main)
            for index, sub in enumerate(block.value["sub_goals"].bound_blocks):
                # A sub-goal stored without an id gets one from its place under its main goal.
                sub_id = resource_uuid(self.plan, "goal", sub.original_id or f"{block.id}/{index}")
                main.sub_goal_ids.append(sub_id)
                goals.append(PlanGoal(sub_id, sub.value, parent_id=main.id))
        return goals

    @cached_property
    def links(self):
        """The plan's own goals and people, by the ids its measures link them with."""
        return plan_links(self.plan)

    def linked_goal_ids(self, goal_ids):
        return [resource_uuid(self.plan, "goal", goal_id) for goal_id in goal_ids if goal_id in self.links.goal_titles]

    @cached_property
    def goal_ids_by_title(self):
        """A measure names the goals it serves by title (MeasureBlock.linked_goals)."""
        ids = {}
        for goal in self.goals:
            ids.setdefault(goal.value["title"].strip().casefold(), goal.id)
        return ids

    @cached_property
    def measures(self):
        return [
            PlanMeasure(resource_uuid(self.plan, "measure", block.id), block.value) for block in self.blocks("measure")
        ]
