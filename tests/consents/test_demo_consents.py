"""The demo world's consents: one current consent per plan covering its participants."""

from django.core.management import call_command

from planpages.models import Consent, PlanPage
from planpages.plan_types import ParticipantRole


def test_every_demo_plan_has_a_current_consent_covering_its_participants(demo_world):
    for plan in PlanPage.objects.all():
        consent = Consent.objects.current().get(plan=plan)
        needing = set(plan.participants.filter(role=ParticipantRole.PARTICIPANT).values_list("pk", flat=True))
        assert set(consent.covers.values_list("pk", flat=True)) == needing


def test_plan_d_consent_is_recorded_on_paper_by_its_coordinator(demo_world):
    consent = Consent.objects.get(plan__person_name="Nora Berg")
    assert consent.on_paper and consent.given_by.username == "sorvik-koord"


def test_seeding_again_adds_no_consent(demo_world):
    before = Consent.objects.count()
    call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Consent.objects.count() == before
