"""Local administrators invite coordinators the same way: no password is chosen or known by
anyone; the first ID-porten sign-in makes the account a coordinator of the municipality."""

import pytest
from django.core import mail

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from planpages.models import Invitation
from tests.factories import make_local_admin, make_municipality, make_user

from .conftest import identified, sent_link, synthetic_pid

CREATE_URL = "/admin/kommune/koordinatorer/ny/"
LIST_URL = "/admin/kommune/koordinatorer/"


@pytest.fixture
def nordby(db):
    return make_municipality("nordby", "Nordby kommune")


@pytest.fixture
def admin_client(client, nordby):
    client.force_login(make_local_admin(nordby))
    return client


@pytest.fixture
def invite_coordinator(admin_client, django_capture_on_commit_callbacks):
    def invite(pid, **overrides):
        data = {"name": "Nina Ny", "pid": pid, "email": "nina@nordby.example", "phone": "", **overrides}
        with django_capture_on_commit_callbacks(execute=True):
            return admin_client.post(CREATE_URL, data)

    return invite


def invitation_action(invitation, action):
    return f"{LIST_URL}invitasjoner/{invitation.pk}/{action}/"


def test_the_form_asks_for_no_password(admin_client):
    form = admin_client.get(CREATE_URL).context["form"]
    assert set(form.fields) == {"name", "pid", "email", "phone"}


def test_the_invited_coordinator_joins_the_coordinators_at_first_sign_in(nordby, invite_coordinator):
    pid = synthetic_pid()
    assert invite_coordinator(pid).status_code == 302
    assert mail.outbox[0].subject == "Du er invitert til Samplan" and "Nordby" not in mail.outbox[0].body
    user = identified(pid, name="Nina Ny")
    assert user.groups.filter(pk=nordby.coordinators_group_id).exists()
    assert user.has_perm("wagtailadmin.access_admin") and not user.has_usable_password()
    assert Invitation.objects.get().status == "accepted"


def test_another_identity_number_makes_no_coordinator(nordby, invite_coordinator):
    invite_coordinator(synthetic_pid())
    assert identified(synthetic_pid()) is None
    assert not nordby.coordinators_group.user_set.exists()


def test_a_person_with_an_account_becomes_coordinator_at_once(nordby, invite_coordinator):
    pid = synthetic_pid()
    known = make_user()
    PersonIdentity.objects.create(user=known, pid_digest=pid_digest(pid))
    response = invite_coordinator(pid)
    assert response.status_code == 302
    assert known.groups.filter(pk=nordby.coordinators_group_id).exists()
    assert not Invitation.objects.exists() and not mail.outbox


def test_the_list_shows_open_invitations_and_they_can_be_sent_again(admin_client, invite_coordinator):
    invite_coordinator(synthetic_pid())
    page = admin_client.get(LIST_URL).content.decode()
    assert "Nina Ny" in page and "Sendt" in page
    old = sent_link()
    invitation = Invitation.objects.get()
    response = admin_client.post(invitation_action(invitation, "send-igjen"))
    assert response.status_code == 302
    assert admin_client.get(old.removeprefix("http://127.0.0.1:8000")).status_code == 404


def test_a_withdrawn_coordinator_invitation_never_links(admin_client, invite_coordinator, nordby):
    pid = synthetic_pid()
    invite_coordinator(pid)
    admin_client.post(invitation_action(Invitation.objects.get(), "trekk-tilbake"))
    assert Invitation.objects.get().status == "withdrawn"
    assert identified(pid) is None
    assert not nordby.coordinators_group.user_set.exists()


def test_another_municipalitys_administrator_cannot_touch_the_invitation(invite_coordinator, client):
    invite_coordinator(synthetic_pid())
    invitation = Invitation.objects.get()
    sorvik = make_municipality("sorvik", "Sørvik kommune")
    client.force_login(make_local_admin(sorvik))
    assert client.post(invitation_action(invitation, "trekk-tilbake")).status_code == 404
    assert client.post(invitation_action(invitation, "send-igjen")).status_code == 404
    assert "Nina Ny" not in client.get(LIST_URL).content.decode()
    assert Invitation.objects.get().status == "sent" and len(mail.outbox) == 1
