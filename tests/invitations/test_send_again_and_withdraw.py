"""On the membership screen the coordinator sees each invitation's status, sends it again (a
new link and expiry; the old link dies) and withdraws it (the pending participation ends with
a date and is kept)."""

import datetime

from django.core import mail
from django.utils import timezone

from planpages.models import Invitation

from .conftest import identified, invitation_url, invite_form, invite_url, sent_link, synthetic_pid


def pending(plan):
    return plan.participants.get(name="Ida Invitert")


def path_of(link):
    return link.removeprefix("http://127.0.0.1:8000")


def members_page(client, plan):
    return client.get(f"/admin/planer/{plan.pk}/ansvarsgruppe/").content.decode()


def test_sending_again_gives_a_new_link_and_a_new_expiry_and_kills_the_old_link(
    plan, invite, client, django_capture_on_commit_callbacks
):
    invite(synthetic_pid())
    old_link = sent_link()
    Invitation.objects.update(expires_at=timezone.now() + datetime.timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(invitation_url(pending(plan), "send-igjen"))
    assert response.status_code == 302 and len(mail.outbox) == 2
    assert sent_link() != old_link
    assert Invitation.objects.get().expires_at > timezone.now() + datetime.timedelta(days=13)
    assert client.get(path_of(old_link)).status_code == 404
    assert client.get(path_of(sent_link())).status_code == 200


def test_an_expired_invitation_sent_again_links_again(plan, invite, client, django_capture_on_commit_callbacks):
    pid = synthetic_pid()
    invite(pid)
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(days=1))
    assert "Utløpt" in members_page(client, plan)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invitation_url(pending(plan), "send-igjen"))
    assert identified(pid) == pending(plan).user is not None


def test_withdrawing_ends_the_pending_participation_with_a_date_and_keeps_it(plan, invite, client):
    invite(synthetic_pid())
    link = sent_link()
    response = client.post(invitation_url(pending(plan), "trekk-tilbake"))
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.status == "withdrawn" and invitation.withdrawn_at is not None
    assert invitation.email == ""  # where to send it is forgotten
    assert pending(plan).access_until == timezone.localdate() - datetime.timedelta(days=1)
    assert client.get(path_of(link)).status_code == 404
    assert "Trukket tilbake" in members_page(client, plan)


def test_a_withdrawn_invitation_cannot_be_sent_again(plan, invite, client):
    invite(synthetic_pid())
    client.post(invitation_url(pending(plan), "trekk-tilbake"))
    response = client.post(invitation_url(pending(plan), "send-igjen"), follow=True)
    assert "allerede tatt i bruk eller trukket tilbake" in response.content.decode()
    assert len(mail.outbox) == 1


def test_an_accepted_invitation_cannot_be_withdrawn(plan, invite, client):
    pid = synthetic_pid()
    invite(pid)
    user = identified(pid)
    client.post(invitation_url(pending(plan), "trekk-tilbake"))
    assert Invitation.objects.get().status == "accepted"
    assert pending(plan).user == user and pending(plan).access_until is None


def test_the_membership_screen_shows_each_invitations_status(plan, invite, client):
    invite(synthetic_pid())
    page = members_page(client, plan)
    assert "Invitasjon: Sendt" in page and "Send på nytt" in page and "Trekk tilbake" in page
    assert "Inviter en person som ikke er i Samplan ennå" in page


def test_an_accepted_invitation_shows_as_taken(plan, invite, client):
    pid = synthetic_pid()
    invite(pid)
    identified(pid)
    page = members_page(client, plan)
    assert "Invitasjon: Tatt i bruk" in page and "Send på nytt" not in page


def test_an_invitation_whose_link_is_not_made_yet_shows_as_being_sent(plan, client, django_capture_on_commit_callbacks):
    client.force_login(plan.coordinator)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(invite_url(plan), invite_form(synthetic_pid()))
    assert "Invitasjon: Sendes" in members_page(client, plan)
