"""Patient: the person the plan is about, as the plan names them.

No identity number, ever: Samplan holds only a keyed digest of it (accounts.identity), so no
caller can be given Patient.identifier with the no-basis fødselsnummer system
(urn:oid:2.16.578.1.12.4.1.4.1). The Patient is the plan's own: Samplan does not link two
plans about the same person."""

from exports.fhir.references import samplan_identifier


def human_name(full_name):
    given, _space, family = full_name.strip().rpartition(" ")
    name = {"use": "official", "text": full_name, "family": family}
    if given:
        name["given"] = given.split()
    return name


def patient_resource(context):
    plan = context.plan
    patient = {
        "resourceType": "Patient",
        "id": context.patient_id,
        "identifier": [samplan_identifier("plan-person", plan.slug)],
        "name": [human_name(plan.person_name)],
    }
    if plan.person_birth_date:
        patient["birthDate"] = plan.person_birth_date.isoformat()
    return patient
