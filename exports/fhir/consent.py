"""Consent: each consent row of the plan, given, refused or withdrawn, with the participants it
covers as the actors it permits (or denies) and its period."""

from exports.fhir.references import reference, resource_uuid
from planpages.models import ConsentStatus

SCOPE = {"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}
CATEGORY = {"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent"}
RECIPIENT = {"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP"}


def consent_status(consent, today):
    if consent.status == ConsentStatus.REFUSED:
        return "rejected"
    return "active" if consent.is_current(today) else "inactive"


def provision(consent):
    period = {"start": consent.decided_at.date().isoformat()}
    if consent.withdrawn_at:
        period["end"] = consent.withdrawn_at.date().isoformat()
    elif consent.valid_until:
        period["end"] = consent.valid_until.isoformat()
    actors = [
        {"role": {"coding": [RECIPIENT]}, "reference": {"display": participant.display_name}}
        for participant in consent.covers.all()
    ]
    kind = "deny" if consent.status == ConsentStatus.REFUSED else "permit"
    return {"type": kind, "period": period, **({"actor": actors} if actors else {})}


def consent_resource(context, consent):
    return {
        "resourceType": "Consent",
        "id": resource_uuid(context.plan, "consent", consent.pk),
        "status": consent_status(consent, context.today),
        "scope": {"coding": [SCOPE]},
        "category": [{"coding": [CATEGORY]}],
        "patient": reference("Patient", context.patient_id),
        "dateTime": consent.decided_at.isoformat(),
        "performer": [{"display": consent.giver_name}],
        "policyRule": {"text": f"Samplan {consent.text_version}"},
        "provision": provision(consent),
    }


def consent_resources(context):
    consents = context.plan.consents.prefetch_related("covers__user").order_by("decided_at", "pk")
    return [consent_resource(context, consent) for consent in consents]
