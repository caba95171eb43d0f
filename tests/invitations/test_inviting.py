"""A coordinator invites someone who is not in Samplan yet: a pending participant and an
invitation that knows the person only by the digest of their identity number."""

import datetime
import logging

import pytest
from django.core import mail
from django.utils import timezone

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from planpages.models import Invitation, InvitationKind, PlanParticipant
from planpages.plan_types import PlanStatus
from tests.factories import make_local_admin, make_user

from .conftest import identified, invite_form, invite_url, municipality_of, synthetic_pid


def test_an_invitation_gives_the_plan_a_pending_participant(plan, invite):
    response = invite(synthetic_pid())
    assert response.status_code == 302
    pending = plan.participants.get(user=None)
    assert (pending.name, pending.profession, pending.organisation) == ("Ida Invitert", "Lærer", "Nordby skole")
    invitation = pending.invitation
    assert invitation.kind == InvitationKind.PARTICIPANT and invitation.created_by == plan.coordinator
    assert invitation.email == "ida@example.no" and invitation.status == "sent"


def test_the_identity_number_is_kept_only_as_its_digest(plan, invite):
    pid = synthetic_pid()
    response = invite(pid)
    invitation = Invitation.objects.get()
    assert invitation.pid_digest == pid_digest(pid)
    stored = [str(value) for value in Invitation.objects.values_list().get()]
    stored += [str(value) for value in PlanParticipant.objects.filter(user=None).values_list().get()]
    assert not any(pid in value for value in stored)
    assert pid not in response.url and pid not in mail.outbox[0].body


def test_the_invitation_expires_after_the_configured_days(plan, invite, settings):
    settings.SAMPLAN_INVITATION_DAYS = 3
    before = timezone.now()
    invite(synthetic_pid())
    expires_at = Invitation.objects.get().expires_at
    assert before + datetime.timedelta(days=3) <= expires_at <= timezone.now() + datetime.timedelta(days=3)


def test_a_wrong_identity_number_is_refused_and_nothing_is_created(plan, invite):
    response = invite("01010150075")
    assert response.status_code == 200
    assert "Fødselsnummeret er ikke gyldig" in response.content.decode()
    assert not Invitation.objects.exists() and not plan.participants.filter(user=None).exists()


def test_an_address_or_a_number_is_required(plan, invite):
    response = invite(synthetic_pid(), email="", phone="")
    assert "Skriv en e-postadresse eller et mobilnummer" in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_wrong_mobile_number_is_refused(plan, invite):
    response = invite(synthetic_pid(), email="", phone="12 34")
    assert "Skriv et mobilnummer med 8 siffer" in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_form_shown_again_does_not_write_the_identity_number_back(plan, invite):
    pid = synthetic_pid()
    response = invite(pid, email="", phone="")
    assert response.status_code == 200
    assert pid not in response.content.decode()


def test_a_person_who_already_has_an_account_is_added_directly(plan, invite):
    pid = synthetic_pid()
    known = make_user(first_name="Kjent", last_name="Person")
    PersonIdentity.objects.create(user=known, pid_digest=pid_digest(pid))
    response = invite(pid)
    assert plan.participants.filter(user=known).exists()
    assert not Invitation.objects.exists() and not mail.outbox
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == ["Kjent Person har allerede en konto i Samplan og er lagt til i ansvarsgruppen."]


def test_the_same_person_cannot_be_invited_to_a_plan_twice(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    response = invite(pid, name="Et annet navn")
    assert response.status_code == 200
    assert "Personen er allerede invitert" in response.content.decode()
    assert Invitation.objects.count() == 1 and plan.participants.filter(user=None).count() == 1


def test_a_closed_plan_takes_no_invitations(plan_factory, client):
    plan = plan_factory(status=PlanStatus.CLOSED)
    client.force_login(plan.coordinator)
    response = client.post(invite_url(plan), invite_form(synthetic_pid()))
    assert response.status_code == 302
    assert not Invitation.objects.exists()


def invitation_urls(plan_id, participant_id):
    base = f"/admin/planer/{plan_id}/ansvarsgruppe/"
    return [
        f"{base}inviter/",
        f"{base}{participant_id}/invitasjon/send-igjen/",
        f"{base}{participant_id}/invitasjon/trekk-tilbake/",
    ]


def someone_else(plan, who):
    municipality = municipality_of(plan)
    if who == "other_coordinator":
        user = make_user()
        user.groups.add(municipality.coordinators_group)
        return user
    if who == "local_admin":
        return make_local_admin(municipality)
    if who == "participant":
        return plan.participants.exclude(user=None).get().user
    return make_user()


@pytest.mark.parametrize("who", ["other_coordinator", "local_admin", "participant", "outsider"])
def test_nobody_else_can_open_or_use_the_invitation_views(plan, invite, client, who):
    invite(synthetic_pid())
    pending = plan.participants.get(user=None)
    client.force_login(someone_else(plan, who))
    real_urls, missing_urls = invitation_urls(plan.pk, pending.pk), invitation_urls(plan.pk + 1000, pending.pk)
    for real_url, missing_url in zip(real_urls, missing_urls, strict=True):
        real, missing = client.post(real_url, invite_form(synthetic_pid())), client.post(missing_url, {})
        assert real.status_code == missing.status_code and real.status_code in (302, 404)
        assert real.content == missing.content
    real, missing = client.get(real_urls[0]), client.get(missing_urls[0])
    assert real.status_code == missing.status_code and real.content == missing.content
    assert list(Invitation.objects.values_list("status", flat=True)) == ["sent"]
    assert pending.access_until is None and PlanParticipant.objects.get(pk=pending.pk).access_until is None


def test_inviting_and_signing_in_write_the_identity_number_to_no_log(plan, invite, caplog):
    caplog.set_level(logging.DEBUG)
    pid = synthetic_pid()
    invite(pid)
    identified(pid)
    assert pid not in caplog.text
