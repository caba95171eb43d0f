"""The first ID-porten sign-in whose identity number matches an open invitation makes the
account (if the person has none), links the participation and signs that account in. Nothing
else links: another number, an expired, withdrawn or ended invitation."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from invitations.services import withdraw
from planpages.access import PlanAccess, viewable_plans
from planpages.models import Invitation, PlanPage
from planpages.participation import end_participation
from tests.factories import make_user

from .conftest import identified, invite_form, invite_url, synthetic_pid


def fresh(plan):
    return PlanPage.objects.get(pk=plan.pk)


def test_the_first_sign_in_with_the_matching_number_links_account_and_participation(plan, invite, client):
    pid = synthetic_pid()
    invite(pid)
    user = identified(pid)
    assert user is not None
    assert plan.participants.get(name="Ida Invitert").user == user
    assert PersonIdentity.objects.get(user=user).pid_digest == pid_digest(pid)
    invitation = Invitation.objects.get()
    assert (invitation.status, invitation.accepted_user, invitation.token_hash) == ("accepted", user, None)
    assert (invitation.email, invitation.phone) == ("", "")  # not needed any more: forgotten
    client.force_login(user)
    assert client.get(plan.url).status_code == 200


def test_the_new_account_has_the_providers_name_and_no_password(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    user = identified(pid, name="Ida Marie Nordmann")
    assert (user.first_name, user.last_name, user.email) == ("Ida Marie", "Nordmann", "ida@example.no")
    assert not user.has_usable_password()
    assert pid not in user.username and "Ida" not in user.username


def test_a_different_identity_number_never_links(plan, invite):
    invite(synthetic_pid())
    assert identified(synthetic_pid()) is None
    assert plan.participants.get(name="Ida Invitert").user is None
    assert Invitation.objects.get().status == "sent"
    assert not PersonIdentity.objects.exists()
    assert get_user_model().objects.count() == 2  # the coordinator and the participant


def test_an_expired_invitation_never_links(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert identified(pid) is None
    assert plan.participants.get(name="Ida Invitert").user is None
    assert not PersonIdentity.objects.exists()


def test_a_withdrawn_invitation_never_links(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    withdraw(Invitation.objects.get(), plan.coordinator)
    assert identified(pid) is None
    assert plan.participants.get(name="Ida Invitert").user is None


def test_an_ended_pending_participation_never_links(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    end_participation(plan.participants.get(name="Ida Invitert"), plan.coordinator)
    assert identified(pid) is None
    assert plan.participants.get(name="Ida Invitert").user is None


def test_until_accepted_the_pending_participant_sees_nothing(plan, invite):
    members_before = set(fresh(plan).access_group.user_set.values_list("pk", flat=True))
    invite(synthetic_pid())
    namesake = make_user(first_name="Ida", last_name="Invitert")
    assert set(fresh(plan).access_group.user_set.values_list("pk", flat=True)) == members_before
    assert not PlanAccess(namesake, fresh(plan)).can_view
    assert not viewable_plans(namesake).exists()


def test_one_sign_in_takes_every_open_invitation_of_the_person(plan_factory, plan, invite, client):
    pid = synthetic_pid()
    invite(pid)
    other = plan_factory(coordinator=plan.coordinator)
    client.post(invite_url(other), invite_form(pid))
    user = identified(pid)
    assert {p.page_id for p in user.plan_participations.all()} == {plan.pk, other.pk}


def test_an_invitation_to_someone_who_got_an_account_meanwhile_links_that_account(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    meanwhile = make_user()
    PersonIdentity.objects.create(user=meanwhile, pid_digest=pid_digest(pid))
    assert identified(pid) == meanwhile
    assert plan.participants.get(name="Ida Invitert").user == meanwhile
    assert get_user_model().objects.filter(username__startswith="person-").count() == 0


def test_a_later_sign_in_finds_the_linked_account_and_takes_nothing_more(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    first = identified(pid)
    assert identified(pid) == first
    assert PersonIdentity.objects.count() == 1 and plan.participants.filter(user=first).count() == 1


def test_a_deactivated_account_takes_no_invitation(plan, invite):
    pid = synthetic_pid()
    invite(pid)
    deactivated = make_user(is_active=False)
    PersonIdentity.objects.create(user=deactivated, pid_digest=pid_digest(pid))
    identified(pid)
    assert plan.participants.get(name="Ida Invitert").user is None
    assert Invitation.objects.get().status == "sent"
