"""/api/v3/plans/{id}/fhir/: the plan as a FHIR R4 Bundle, under the same rule, 404 and access
record as the rest of the plan endpoints (api.plans.viewable_plan)."""

import json
from typing import Any, Literal

from django.http import HttpResponse
from ninja import Router, Schema

from api.auth import PerCallerThrottle, api_auth
from api.errors import ERROR_RESPONSES
from api.plans import PlanId, viewable_plan
from exports.fhir.bundle import plan_bundle

router = Router(tags=["fhir"], auth=api_auth(), throttle=[PerCallerThrottle()])

FHIR_JSON = "application/fhir+json"
BUNDLE_REF = {"$ref": "#/components/schemas/FhirBundleSchema"}


class FhirBundleSchema(Schema):
    """A FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html); README, "FHIR", has the mapping."""

    resourceType: Literal["Bundle"]  # noqa: N815 - FHIR's own field names
    id: str
    type: Literal["collection"]
    timestamp: str
    entry: list[dict[str, Any]]


@router.get(
    "/{plan_id}/fhir/",
    response={200: FhirBundleSchema, **ERROR_RESPONSES},
    url_name="plan_fhir",
    operation_id="plan_fhir",
    summary="Planen som FHIR R4 Bundle (CarePlan, Goal, CareTeam, Patient)",
    # Served as FHIR's own media type, which the generated schema would call application/json.
    openapi_extra={"responses": {"200": {"description": "OK", "content": {FHIR_JSON: {"schema": BUNDLE_REF}}}}},
)
def plan_fhir(request, plan_id: PlanId):
    plan, access = viewable_plan(request, plan_id, "fhir")
    body = json.dumps(plan_bundle(plan, access.participants), ensure_ascii=False)
    return HttpResponse(body, content_type=f"{FHIR_JSON}; charset=utf-8")
