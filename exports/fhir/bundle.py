"""The plan's Bundle: every resource of the plan, each under its urn:uuid."""

from django.utils import timezone

from exports.fhir.careplan import careplan_resource
from exports.fhir.careteam import careteam_resource
from exports.fhir.consent import consent_resources
from exports.fhir.context import PlanFhirContext
from exports.fhir.goals import goal_resources
from exports.fhir.patient import patient_resource
from exports.fhir.references import full_url, resource_uuid


def plan_resources(context):
    """Every resource of the plan, in the bundle's order: one mapper per resource type."""
    return [
        careplan_resource(context),
        patient_resource(context),
        careteam_resource(context),
        *goal_resources(context),
        *consent_resources(context),
    ]


def plan_bundle(plan, participants, today=None):
    """The plan as a FHIR R4 Bundle of type collection, as a JSON-ready dict."""
    context = PlanFhirContext(plan, participants, today)
    return {
        "resourceType": "Bundle",
        "id": resource_uuid(plan, "bundle"),
        "type": "collection",
        "timestamp": timezone.now().isoformat(),
        "entry": [{"fullUrl": full_url(resource["id"]), "resource": resource} for resource in plan_resources(context)],
    }
