"""The FHIR bundle of each demo plan: valid R4 (fhir.resources R4B), the code lists the library
does not check, and every goal, measure and participant of the plan."""

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from demo.people import IDENTITY_NUMBERS
from exports.fhir.bundle import plan_bundle
from planpages.plan_types import PlanStatus
from tests.demo_access import PLAN_KEYS, demo_plan
from tests.factories import goal_block, make_user, participant

CAREPLAN_STATUSES = {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
CAREPLAN_INTENTS = {"proposal", "plan", "order", "option"}
GOAL_LIFECYCLE = {
    "proposed",
    "planned",
    "accepted",
    "active",
    "on-hold",
    "completed",
    "cancelled",
    "entered-in-error",
    "rejected",
}
ACHIEVEMENT = {
    "in-progress",
    "improving",
    "worsening",
    "no-change",
    "achieved",
    "sustaining",
    "not-achieved",
    "no-progress",
    "not-attainable",
}
ACTIVITY_STATUSES = {
    "not-started",
    "scheduled",
    "in-progress",
    "on-hold",
    "completed",
    "cancelled",
    "stopped",
    "unknown",
    "entered-in-error",
}
CONSENT_STATUSES = {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}
CARETEAM_STATUSES = {"proposed", "active", "suspended", "inactive", "entered-in-error"}


def bundle_of(plan):
    participants = list(plan.participants.select_related("user").order_by("pk"))
    return json.loads(json.dumps(plan_bundle(plan, participants)))


def resources(bundle, resource_type):
    return [entry["resource"] for entry in bundle["entry"] if entry["resource"]["resourceType"] == resource_type]


def goal_titles(plan):
    titles = []
    for block in plan.body:
        if block.block_type == "goal":
            titles.append(block.value["title"])
            titles.extend(sub["title"] for sub in block.value["sub_goals"])
    return titles


@pytest.mark.parametrize("letter", PLAN_KEYS)
def test_bundle_of_each_demo_plan_is_valid_fhir_r4(demo_world, letter):
    bundle = Bundle.model_validate(bundle_of(demo_plan(letter)))
    assert bundle.type == "collection"
    assert {entry.resource.get_resource_type() for entry in bundle.entry} == {
        "CarePlan",
        "Patient",
        "CareTeam",
        "Goal",
        "Consent",
    }


@pytest.mark.parametrize("letter", PLAN_KEYS)
def test_bundle_uses_only_codes_of_the_required_fhir_value_sets(demo_world, letter):
    bundle = bundle_of(demo_plan(letter))
    [careplan] = resources(bundle, "CarePlan")
    assert careplan["status"] in CAREPLAN_STATUSES and careplan["intent"] in CAREPLAN_INTENTS
    assert {activity["detail"]["status"] for activity in careplan["activity"]} <= ACTIVITY_STATUSES
    goals = resources(bundle, "Goal")
    assert {goal["lifecycleStatus"] for goal in goals} <= GOAL_LIFECYCLE
    achieved = [goal["achievementStatus"]["coding"][0]["code"] for goal in goals if "achievementStatus" in goal]
    assert achieved and set(achieved) <= ACHIEVEMENT
    assert {team["status"] for team in resources(bundle, "CareTeam")} <= CARETEAM_STATUSES
    assert {consent["status"] for consent in resources(bundle, "Consent")} <= CONSENT_STATUSES


@pytest.mark.parametrize("letter", PLAN_KEYS)
def test_bundle_holds_every_goal_measure_and_participant(demo_world, letter):
    plan = demo_plan(letter)
    bundle = bundle_of(plan)
    [careplan] = resources(bundle, "CarePlan")
    assert sorted(goal["description"]["text"] for goal in resources(bundle, "Goal")) == sorted(goal_titles(plan))
    measures = [block.value["what"] for block in plan.body if block.block_type == "measure"]
    assert measures and [activity["detail"]["code"]["text"] for activity in careplan["activity"]] == measures
    [team] = resources(bundle, "CareTeam")
    people = [plan.coordinator.get_full_name()] + [p.display_name for p in plan.participants.order_by("pk")]
    assert [member["member"]["display"] for member in team["participant"]] == people


@pytest.mark.parametrize("letter", PLAN_KEYS)
def test_every_reference_in_the_bundle_points_at_an_entry(demo_world, letter):
    bundle = bundle_of(demo_plan(letter))
    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    text = json.dumps(bundle)
    references = {part.split('"')[0] for part in text.split('"reference": "')[1:]}
    assert references and references <= urls


def test_bundle_ids_are_the_same_on_every_export(demo_world):
    plan = demo_plan("A")
    first, second = bundle_of(plan), bundle_of(plan)
    assert [entry["fullUrl"] for entry in first["entry"]] == [entry["fullUrl"] for entry in second["entry"]]


def test_no_identity_number_is_in_any_bundle(demo_world):
    for letter in PLAN_KEYS:
        text = json.dumps(bundle_of(demo_plan(letter)))
        assert not any(number in text for number in IDENTITY_NUMBERS.values())
        assert "2.16.578.1.12.4.1.4.1" not in text


def test_main_goal_names_its_sub_goals_as_milestones(plan_factory):
    plan = plan_factory(body=[goal_block("Hovedmål", sub_goals=2)])
    goals = resources(bundle_of(plan), "Goal")
    main, *subs = goals
    targets = [ext["extension"][1]["valueReference"]["reference"] for ext in main["extension"]]
    assert targets == [f"urn:uuid:{sub['id']}" for sub in subs] and len(subs) == 2


@pytest.mark.parametrize(
    ("status", "lifecycle", "achievement"),
    [
        ("not_started", "planned", None),
        ("in_progress", "active", "in-progress"),
        ("reached", "completed", "achieved"),
        ("dropped", "cancelled", "not-achieved"),
    ],
)
def test_goal_status_maps_to_lifecycle_and_achievement(plan_factory, status, lifecycle, achievement):
    block = goal_block("Mål", sub_goals=0)
    block["value"]["status"] = status
    [goal] = resources(bundle_of(plan_factory(body=[block])), "Goal")
    assert goal["lifecycleStatus"] == lifecycle
    assert goal.get("achievementStatus", {"coding": [{"code": None}]})["coding"][0]["code"] == achievement
    assert goal["target"] == [{"dueDate": "2027-01-01"}]


def test_closed_plan_is_a_completed_careplan_with_an_inactive_team(plan_factory):
    plan = plan_factory(status=PlanStatus.CLOSED, participants=[participant(make_user())])
    bundle = bundle_of(plan)
    assert resources(bundle, "CarePlan")[0]["status"] == "completed"
    assert resources(bundle, "CareTeam")[0]["status"] == "inactive"


def test_plan_owner_in_the_team_is_the_plans_patient(demo_world):
    bundle = bundle_of(demo_plan("A"))
    [patient] = resources(bundle, "Patient")
    [team] = resources(bundle, "CareTeam")
    owner = next(member for member in team["participant"] if member["member"]["display"] == "Kari Nordmann")
    assert owner["member"]["reference"] == f"urn:uuid:{patient['id']}"
    assert patient["name"][0] == {"use": "official", "text": "Kari Nordmann", "family": "Nordmann", "given": ["Kari"]}


def test_a_measure_names_its_linked_person_and_points_at_its_linked_goal(demo_world):
    bundle = bundle_of(demo_plan("A"))
    detail = resources(bundle, "CarePlan")[0]["activity"][0]["detail"]
    goals = {goal["id"]: goal["description"]["text"] for goal in resources(bundle, "Goal")}
    assert detail["performer"] == [{"display": "Per Fysioterapeut"}]
    assert [goals[ref["reference"].removeprefix("urn:uuid:")] for ref in detail["goal"]] == ["Bedre fysisk funksjon"]


@pytest.mark.parametrize("letter", PLAN_KEYS)
def test_each_demo_plans_current_consent_is_an_active_consent_covering_its_participants(demo_world, letter):
    plan = demo_plan(letter)
    consents = resources(bundle_of(plan), "Consent")
    assert [consent["status"] for consent in consents] == ["active"]
    covered = {actor["reference"]["display"] for actor in consents[0]["provision"]["actor"]}
    assert covered == {participant.display_name for participant in plan.consents.get().covers.all()}


def test_a_withdrawn_consent_is_inactive_and_ends_when_it_was_withdrawn(demo_world):
    from django.utils import timezone

    from planpages.models import ConsentStatus

    plan = demo_plan("A")
    plan.consents.update(status=ConsentStatus.WITHDRAWN, withdrawn_at=timezone.now())
    (consent,) = resources(bundle_of(plan), "Consent")
    assert consent["status"] == "inactive"
    assert consent["provision"]["period"]["end"] == timezone.now().date().isoformat()
    Bundle.model_validate(bundle_of(plan))
