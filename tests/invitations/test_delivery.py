"""The invitation names no one and no plan; its link carries only an opaque token, kept as a
hash; text messages go through the configured SMS backend, and the default writes nothing
personal."""

import logging

from django.core import mail

from invitations.delivery import token_hash
from planpages.models import Invitation

from .conftest import invite_form, invite_url, sent_link, synthetic_pid


def test_the_email_names_no_one_and_no_plan(plan, invite):
    invite(synthetic_pid())
    message = mail.outbox[0]
    assert message.subject == "Du er invitert til Samplan"
    assert message.to == ["ida@example.no"]
    text = message.subject + message.body
    for secret in (
        "Ida",
        "Invitert",
        plan.person_name,
        plan.title,
        plan.coordinator.last_name,
        "Nordby skole",
        "Lærer",
    ):
        assert secret not in text
    assert "ID-porten" in message.body


def test_the_link_holds_only_a_random_token_and_only_its_hash_is_stored(plan, invite):
    invite(synthetic_pid())
    link = sent_link()
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert link == f"http://127.0.0.1:8000/invitasjon/{token}/"
    assert len(token) >= 40
    invitation = Invitation.objects.get()
    assert invitation.token_hash == token_hash(token) and token not in invitation.token_hash


def test_nothing_is_sent_before_the_invitation_is_saved(plan, client, django_capture_on_commit_callbacks):
    client.force_login(plan.coordinator)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(invite_url(plan), invite_form(synthetic_pid()))
    assert len(callbacks) == 1 and not mail.outbox


def test_a_text_message_goes_through_the_configured_sms_backend(plan, invite, sms):
    invite(synthetic_pid(), email="", phone="912 34 567")
    assert not mail.outbox
    [(number, text)] = sms
    assert number == "+4791234567"
    assert "/invitasjon/" in text and "Du er invitert til Samplan" in text
    assert "Ida" not in text and plan.title not in text


def test_the_default_sms_backend_writes_nothing_personal(plan, invite, caplog):
    caplog.set_level(logging.DEBUG)
    invite(synthetic_pid(), email="", phone="91234567")
    assert "sms not sent" in caplog.text
    assert "91234567" not in caplog.text and "/invitasjon/" not in caplog.text and "Ida" not in caplog.text


def test_the_link_opens_a_page_that_says_to_sign_in_with_id_porten(plan, invite, client):
    invite(synthetic_pid())
    client.logout()
    response = client.get(sent_link().removeprefix("http://127.0.0.1:8000"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Logg inn med ID-porten" in page
    assert "Ida" not in page and plan.title not in page and plan.person_name not in page


def test_an_unknown_link_answers_not_found(client, db):
    response = client.get("/invitasjon/ikke-en-ekte-lenke/")
    assert response.status_code == 404
    assert "Invitasjonen gjelder ikke lenger" in response.content.decode()
