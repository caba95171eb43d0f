"""CarePlan: the plan itself, with an activity per measure. Shaped after HL7 Norway's municipal
CarePlan profile (intent fixed to "plan", subject, careTeam, goal, period)."""

from exports.fhir.codes import CAREPLAN_STATUS, activity_status
from exports.fhir.references import PLAN_TYPE_SYSTEM, reference, samplan_identifier
from planpages.people import display_name
from planpages.plan_types import PlanType


def period(start, end):
    dates = {"start": start, "end": end}
    return {key: day.isoformat() for key, day in dates.items() if day}


def scheduled(measure):
    """scheduled[x] is one element: the from–to dates, the frequency, or both as a Timing."""
    dates = period(measure["from_date"], measure["to_date"])
    if dates and measure["frequency"]:
        return {"scheduledTiming": {"repeat": {"boundsPeriod": dates}, "code": {"text": measure["frequency"]}}}
    if dates:
        return {"scheduledPeriod": dates}
    if measure["frequency"]:
        return {"scheduledString": measure["frequency"]}
    return {}


def performers(context, value):
    """Who is responsible: the linked participant by name, else what was typed before links."""
    if value.get("responsible_participant"):
        return [{"display": context.links.person_name(value["responsible_participant"])}]
    return [{"display": value["responsible"]}] if value["responsible"] else []


def activity_goals(context, value):
    typed = [context.goal_ids_by_title.get(title.strip().casefold()) for title in value["linked_goals"]]
    linked = context.linked_goal_ids(value.get("goals") or [])
    return list(dict.fromkeys(goal_id for goal_id in [*linked, *typed] if goal_id))


def activity(context, measure):
    value = measure.value
    detail = {
        "status": activity_status(context.plan, value, context.today),
        "code": {"text": value["what"]},
    }
    if people := performers(context, value):
        detail["performer"] = people
    if goals := activity_goals(context, value):
        detail["goal"] = [reference("Goal", goal_id) for goal_id in goals]
    if value["description"]:
        detail["description"] = value["description"]
    detail.update(scheduled(value))
    return {"detail": detail}


def careplan_resource(context):
    plan = context.plan
    careplan = {
        "resourceType": "CarePlan",
        "id": context.careplan_id,
        "identifier": [samplan_identifier("plan", plan.slug)],
        "status": CAREPLAN_STATUS[plan.status],
        "intent": "plan",
        "category": [
            {
                "coding": [
                    {"system": PLAN_TYPE_SYSTEM, "code": plan.plan_type, "display": str(PlanType(plan.plan_type).label)}
                ],
            }
        ],
        "title": plan.title,
        "subject": reference("Patient", context.patient_id),
        "careTeam": [reference("CareTeam", context.careteam_id)],
    }
    if plan_period := period(plan.start_date, plan.period_end):
        careplan["period"] = plan_period
    if plan.first_published_at:
        careplan["created"] = plan.first_published_at.isoformat()
    if plan.coordinator_id:
        careplan["author"] = {"type": "Practitioner", "display": display_name(plan.coordinator)}
    if context.goals:
        careplan["goal"] = [reference("Goal", goal.id) for goal in context.goals]
    if context.measures:
        careplan["activity"] = [activity(context, measure) for measure in context.measures]
    return careplan
