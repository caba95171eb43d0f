"""Consent has effect on access through the one access rule: page, listing and group sync."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from planpages.access import PlanAccess, viewable_plans
from planpages.consenting import ConsentRefused, decide_consent, withdraw_consent
from planpages.models import Consent, ConsentStatus
from tests.factories import make_user

NEXT_YEAR = timezone.localdate() + datetime.timedelta(days=365)


def covering(plan, *users):
    return list(plan.participants.filter(user__in=users).values_list("pk", flat=True))


def give(plan, owner, *users, **fields):
    fields.setdefault("valid_until", NEXT_YEAR)
    return decide_consent(plan, owner, given=True, covers=covering(plan, *users), **fields)


def sees(user, plan):
    plan.refresh_from_db()
    in_group = plan.access_group.user_set.filter(pk=user.pk).exists()
    listed = viewable_plans(user).filter(pk=plan.pk).exists()
    assert in_group == listed == PlanAccess(user, plan).can_view
    return listed


def test_a_plan_without_any_consent_decision_keeps_its_participants(world):
    plan, owner, reader, other = world
    assert sees(reader, plan) and sees(other, plan)


def test_a_participant_the_consent_does_not_cover_loses_access(world):
    plan, owner, reader, other = world
    give(plan, owner, reader)
    assert sees(reader, plan)
    assert not sees(other, plan)


def test_withdrawal_takes_access_at_once_and_keeps_the_row(world):
    plan, owner, reader, other = world
    consent = give(plan, owner, reader, other)
    withdraw_consent(consent, owner)
    assert not sees(reader, plan) and not sees(other, plan)
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.WITHDRAWN and consent.withdrawn_by == owner and consent.withdrawn_at


def test_coordinator_and_owner_side_keep_access_after_withdrawal(world):
    plan, owner, reader, other = world
    withdraw_consent(give(plan, owner, reader), owner)
    assert sees(owner, plan) and sees(plan.coordinator, plan)


def test_an_expired_consent_no_longer_grants_access(world):
    plan, owner, reader, other = world
    consent = give(plan, owner, reader)
    Consent.objects.filter(pk=consent.pk).update(valid_until=timezone.localdate() - datetime.timedelta(days=1))
    assert not PlanAccess(reader, plan).can_view
    assert not viewable_plans(reader).filter(pk=plan.pk).exists()


def test_a_refusal_is_recorded_and_leaves_participants_without_access(world):
    plan, owner, reader, other = world
    consent = decide_consent(plan, owner, given=False)
    assert consent.status == ConsentStatus.REFUSED
    assert not sees(reader, plan)


def test_a_reader_cannot_give_consent_and_nothing_is_stored(world):
    plan, owner, reader, other = world
    with pytest.raises(ConsentRefused) as refusal:
        give(plan, reader, reader)
    assert refusal.value.status == 403
    assert not Consent.objects.exists()


def test_someone_outside_the_plan_is_told_it_does_not_exist(world):
    plan, *_ = world
    with pytest.raises(ConsentRefused) as refusal:
        give(plan, make_user())
    assert refusal.value.status == 404


def test_someone_else_cannot_withdraw_it(world):
    plan, owner, reader, other = world
    consent = give(plan, owner, reader, other)
    with pytest.raises(ConsentRefused):
        withdraw_consent(consent, other)
    consent.refresh_from_db()
    assert consent.status == ConsentStatus.GIVEN


def test_the_coordinator_records_a_consent_given_on_paper(world):
    plan, owner, reader, other = world
    paper = {"on_paper": True, "giver_name": "Nora Bergs mor", "on_behalf_of": "guardian"}
    consent = give(plan, plan.coordinator, reader, **paper)
    assert consent.on_paper and consent.signed_in_with == "paper" and consent.giver_name == "Nora Bergs mor"
    assert len(consent.text_digest) == 64


def test_a_consent_must_cover_someone_and_end_after_today(world):
    plan, owner, *_ = world
    with pytest.raises(ValidationError):
        decide_consent(plan, owner, given=True, covers=[], valid_until=NEXT_YEAR)
    with pytest.raises(ValidationError):
        give(plan, owner, owner, valid_until=timezone.localdate())
    assert not Consent.objects.exists()


def test_the_daily_run_takes_participants_of_an_expired_consent_out_of_the_group(world):
    from django.core.management import call_command

    plan, owner, reader, other = world
    consent = give(plan, owner, reader)
    Consent.objects.filter(pk=consent.pk).update(valid_until=timezone.localdate() - datetime.timedelta(days=1))
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not sees(reader, plan)
