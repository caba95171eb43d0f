"""The plan's own links: measures and meetings point at the plan's goals and people by stable
ids (goal block ids, PlanParticipant pks) and the names are looked up when shown, so renaming
a goal or a person never leaves a stale copy behind, and a removed one shows as "(fjernet)"."""

import uuid

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from planpages.people import display_name
from planpages.plan_types import ParticipantRole

REMOVED = _("(fjernet)")
COORDINATOR = "coordinator"
PERSON = "person"


# (block type, field, holds a list) of every link to a goal or a person.
GOAL_LINKS = [("measure", "goals", True)]
PEOPLE_LINKS = [("measure", "responsible_participant", False), ("meeting", "invitees", True)]


def linked_ids(body, links):
    for child in body:
        for block_type, field, many in links:
            if child.block_type == block_type:
                value = child.value.get(field)
                yield from (value or []) if many else [value] if value else []


def plan_goals(body):
    """(id, value, is_sub_goal) of the goals and sub-goals in `body`, in plan order. Sub-goals
    stored before list items carried ids have none yet: they get one the next time the plan is
    saved in the editor, and can be chosen from then on."""
    for child in body:
        if child.block_type != "goal":
            continue
        yield child.id, child.value, False
        for sub in child.value["sub_goals"].bound_blocks:
            if sub.original_id:
                yield sub.id, sub.value, True


class PlanLinks:
    """Choices for the editor and names for the page, API and PDF, for one plan or template."""

    def __init__(self, plan):
        self.plan = plan

    @cached_property
    def goals(self):
        return [(goal_id, goal["title"], sub) for goal_id, goal, sub in plan_goals(self.plan.body)]

    @cached_property
    def goal_titles(self):
        return {goal_id: title for goal_id, title, _sub in self.goals}

    @cached_property
    def participants(self):
        # A template has no participants; a plan's are rows that are never deleted.
        if not hasattr(self.plan, "participants") or not self.plan.pk:
            return []
        return list(self.plan.participants.select_related("user").order_by("pk"))

    @cached_property
    def people(self):
        """id → name of everyone a measure or meeting may name."""
        names = {}
        coordinator = getattr(self.plan, "coordinator", None)
        if coordinator is not None:
            names[COORDINATOR] = display_name(coordinator)
        if self.offers_person:
            names[PERSON] = self.plan.person_name
        names.update((str(participant.pk), participant.display_name) for participant in self.participants)
        return names

    @property
    def offers_person(self):
        """The person the plan is about, when they are not on the plan as its owner."""
        has_owner = any(participant.role == ParticipantRole.OWNER for participant in self.participants)
        return bool(getattr(self.plan, "person_name", "")) and not has_owner

    def goal_name(self, goal_id):
        return self.goal_titles.get(goal_id, REMOVED)

    def person_name(self, person_id):
        return self.people.get(str(person_id), REMOVED)

    def goal_choices(self):
        chosen = [(goal_id, f"– {title}" if sub else title) for goal_id, title, sub in self.goals]
        return chosen + self._removed(GOAL_LINKS, self.goal_titles)

    def people_choices(self):
        labels = {COORDINATOR: _("koordinator"), PERSON: _("planen gjelder")}
        for participant in self.participants:
            labels[str(participant.pk)] = participant.profession or participant.get_role_display().lower()
        chosen = [(key, f"{name} ({labels[key]})") for key, name in self.people.items()]
        return chosen + self._removed(PEOPLE_LINKS, self.people)

    def _removed(self, links, known):
        """Ids the plan still refers to but that are gone: offered as "(fjernet)", so the
        editor keeps them as they are instead of refusing to save or dropping them unseen."""
        referred = dict.fromkeys(value for value in linked_ids(self.plan.body, links) if value not in known)
        return [(value, REMOVED) for value in referred]


def plan_links(plan, participants=None):
    """One PlanLinks per plan object, so a page renders every link from one query, or none when
    the caller has the plan's participants (all of them, ended ones too) already."""
    if "_plan_links" not in plan.__dict__:
        plan.__dict__["_plan_links"] = PlanLinks(plan)
    links = plan.__dict__["_plan_links"]
    if participants is not None:
        links.__dict__["participants"] = list(participants)
    return links


def typed_text_linked(plan):
    """The plan's raw body with typed goal titles and names that match the plan's own goals and
    people turned into links; text that matches nothing stays as it was typed."""
    # Ids fixed here: blocks built from raw data get fresh ones each time they are read.
    raw = [{**block, "id": block.get("id") or str(uuid.uuid4())} for block in plan.body.raw_data]
    goals = {block["value"]["title"]: block["id"] for block in raw if block["type"] == "goal"}
    people = {name: key for key, name in PlanLinks(plan).people.items()}
    return [_linked(block, goals, people) for block in raw]


def _typed(items):
    return [item["value"] if isinstance(item, dict) else item for item in items or []]


def _split(typed, known):
    return [known[text] for text in typed if text in known], [text for text in typed if text not in known]


def _linked(block, goals, people):
    value = dict(block["value"])
    if block["type"] == "measure":
        value["goals"], value["linked_goals"] = _split(_typed(value.get("linked_goals")), goals)
        if value.get("responsible") in people:
            value["responsible_participant"], value["responsible"] = people[value["responsible"]], ""
    elif block["type"] == "meeting":
        value["invitees"], value["invited"] = _split(_typed(value.get("invited")), people)
    return {**block, "value": value}
