"""How resources in a plan's bundle name each other and how Samplan's own identifiers look.

Every resource gets a urn:uuid derived from the plan and the thing it maps (a block id, a
participant row), so the same plan gives the same bundle ids on every export."""

import uuid

from django.conf import settings

# Fixed once: changing it would give every exported resource a new identity.
SAMPLAN_FHIR_NAMESPACE = uuid.UUID("6f3d2a8e-52c1-4b7e-9a0d-5e1c7b4f2a90")

# Samplan's own code system for plan types (IP, IOP, IUP, STAFETTLOGG).
PLAN_TYPE_SYSTEM = "https://samplan.no/fhir/CodeSystem/plantype"


def resource_uuid(plan, kind, key=""):
    return str(uuid.uuid5(SAMPLAN_FHIR_NAMESPACE, f"{plan.slug}/{kind}/{key}"))


def full_url(resource_id):
    return f"urn:uuid:{resource_id}"


def reference(resource_type, resource_id, display=None):
    ref = {"reference": full_url(resource_id), "type": resource_type}
    if display:
        ref["display"] = display
    return ref


def samplan_identifier(kind, value):
    """A Samplan business identifier: the deployment's address names the system, as no-basis
    asks of local identifiers that have no national OID."""
    return {"system": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/fhir/sid/{kind}", "value": str(value)}
