"""Goal: each main goal and each sub-goal. A main goal names its sub-goals as milestones
(the R4 goal-relationship extension)."""

from exports.fhir.codes import GOAL_ACHIEVEMENT_SYSTEM, GOAL_STATUS
from exports.fhir.references import reference

RELATIONSHIP_EXTENSION = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
RELATIONSHIP_TYPE_SYSTEM = "http://hl7.org/fhir/goal-relationship-type"


def milestone(sub_goal_id):
    return {
        "url": RELATIONSHIP_EXTENSION,
        "extension": [
            {
                "url": "type",
                "valueCodeableConcept": {"coding": [{"system": RELATIONSHIP_TYPE_SYSTEM, "code": "milestone"}]},
            },
            {"url": "target", "valueReference": reference("Goal", sub_goal_id)},
        ],
    }


def latest_status_date(value):
    dates = [change["date"] for change in value["status_history"] if change["date"]]
    return max(dates).isoformat() if dates else None


def goal_resource(context, goal):
    value = goal.value
    lifecycle, achievement = GOAL_STATUS[value["status"]]
    resource = {
        "resourceType": "Goal",
        "id": goal.id,
        "lifecycleStatus": lifecycle,
        "description": {"text": value["title"]},
        "subject": reference("Patient", context.patient_id),
    }
    if achievement:
        resource["achievementStatus"] = {"coding": [{"system": GOAL_ACHIEVEMENT_SYSTEM, "code": achievement}]}
    if value["description"]:
        resource["note"] = [{"text": value["description"]}]
    if value["target_date"]:
        resource["target"] = [{"dueDate": value["target_date"].isoformat()}]
    if status_date := latest_status_date(value):
        resource["statusDate"] = status_date
    if goal.sub_goal_ids:
        resource["extension"] = [milestone(sub_id) for sub_id in goal.sub_goal_ids]
    return resource


def goal_resources(context):
    return [goal_resource(context, goal) for goal in context.goals]
