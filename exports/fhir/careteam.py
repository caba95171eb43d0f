"""CareTeam: the plan's ansvarsgruppe, its coordinator first."""

from django.utils.translation import gettext as _

from exports.fhir.codes import CARETEAM_STATUS
from exports.fhir.references import reference
from planpages.people import display_name
from planpages.plan_types import ParticipantRole

ROLE_SYSTEM = "https://samplan.no/fhir/CodeSystem/deltakerrolle"
# Who a member is in FHIR terms: the owner is the plan's Patient; a guardian is related to them.
MEMBER_TYPE = {ParticipantRole.GUARDIAN: "RelatedPerson", ParticipantRole.PARTICIPANT: "Practitioner"}


def role(code, display, text):
    return [{"coding": [{"system": ROLE_SYSTEM, "code": code, "display": str(display)}], "text": str(text)}]


def member_reference(context, participant):
    if participant.role == ParticipantRole.OWNER:
        return reference("Patient", context.patient_id, participant.display_name)
    return {"type": MEMBER_TYPE[participant.role], "display": participant.display_name}


def participant_entry(context, participant):
    label = ParticipantRole(participant.role).label
    entry = {
        "role": role(participant.role, label, participant.profession or label),
        "member": member_reference(context, participant),
        "period": {"start": participant.added_at.date().isoformat()},
    }
    if participant.access_until:
        entry["period"]["end"] = participant.access_until.isoformat()
    if participant.organisation:
        entry["onBehalfOf"] = {"type": "Organization", "display": participant.organisation}
    return entry


def coordinator_entry(context):
    coordinator = context.plan.coordinator
    return {
        "role": role("coordinator", _("Koordinator"), _("Koordinator")),
        "member": {"type": "Practitioner", "display": display_name(coordinator)},
    }


def careteam_resource(context):
    plan = context.plan
    members = [participant_entry(context, participant) for participant in context.participants]
    if plan.coordinator_id:
        members.insert(0, coordinator_entry(context))
    careteam = {
        "resourceType": "CareTeam",
        "id": context.careteam_id,
        "status": CARETEAM_STATUS[plan.status],
        "name": _("Ansvarsgruppe"),
        "subject": reference("Patient", context.patient_id),
    }
    if members:
        careteam["participant"] = members
    if context.municipality:
        careteam["managingOrganization"] = [{"type": "Organization", "display": context.municipality.title}]
    return careteam
