"""Samplan's statuses as FHIR R4 codes (the required bindings of CarePlan, Goal and activity)."""

from planpages.plan_types import PlanStatus

CAREPLAN_STATUS = {
    PlanStatus.DRAFT: "draft",
    PlanStatus.ACTIVE: "active",
    PlanStatus.CLOSED: "completed",
}

CARETEAM_STATUS = {
    PlanStatus.DRAFT: "proposed",
    PlanStatus.ACTIVE: "active",
    PlanStatus.CLOSED: "inactive",
}

GOAL_ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement"

# The goal block's status → (Goal.lifecycleStatus, Goal.achievementStatus code or None).
GOAL_STATUS = {
    "not_started": ("planned", None),
    "in_progress": ("active", "in-progress"),
    "reached": ("completed", "achieved"),
    "dropped": ("cancelled", "not-achieved"),
}


def activity_status(plan, measure, today):
    """CarePlan.activity.detail.status from the plan's status and the measure's dates."""
    if plan.status == PlanStatus.CLOSED:
        return "completed"
    if plan.status == PlanStatus.DRAFT or (measure["from_date"] and measure["from_date"] > today):
        return "not-started"
    if measure["to_date"] and measure["to_date"] < today:
        return "completed"
    return "in-progress"
