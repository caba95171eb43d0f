"""The people and consents in a plan's PDF: who gave a consent, whom it covers, until when, a
withdrawal once there is one."""

import io

from django.utils import timezone
from pypdf import PdfReader

from exports.pdf import cached_plan_pdf, pdf_cache_key
from planpages.consenting import withdraw_consent
from tests.demo_access import demo_plan


def printed(plan):
    participants = list(plan.participants.select_related("user").order_by("pk"))
    pdf = cached_plan_pdf(plan, participants, plan.coordinator)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    return text, pdf_cache_key(plan, participants, plan.coordinator)


def test_the_pdf_shows_who_gave_the_consent_whom_it_covers_and_until_when(demo_world):
    plan = demo_plan("A")
    consent = plan.consents.get()
    text, _key = printed(plan)
    assert f"Gitt · {consent.giver_name}" in text
    assert f"Gyldig til og med {consent.valid_until.day}." in text
    assert "Per Fysioterapeut" in text.split("Gjelder:")[1]


def test_a_withdrawal_makes_a_new_pdf_that_says_when(demo_world):
    plan = demo_plan("A")
    _text, key_before = printed(plan)
    consent = plan.consents.get()
    withdraw_consent(consent, consent.given_by)
    text, key_after = printed(plan)
    assert key_after != key_before
    assert f"Trukket tilbake {timezone.localdate().day}." in text


def test_a_plan_with_an_invited_person_who_has_not_signed_in_yet_prints(demo_world):
    from planpages.models import PlanParticipant

    plan = demo_plan("A")
    PlanParticipant.objects.create(page=plan, user=None, name="Ikke Innlogget", access="read", role="participant")
    text, _key = printed(plan)
    assert "Ikke Innlogget (invitert, ikke logget inn ennå)" in text
