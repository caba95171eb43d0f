"""Invitation test helpers: synthetic identity numbers (month + 80, as ID-porten's test
environment uses) and the sign-in's identification step."""

import itertools

import pytest
from django.core import mail
from django.test import RequestFactory
from stdnum.no import fodselsnummer

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from accounts.signals import person_identified
from invitations.sms import MemoryBackend
from tests.factories import make_user, participant

_individuals = itertools.count(500)


def synthetic_pid():
    """A fresh valid test number born 1 January 2001."""
    while True:
        number = f"018101{next(_individuals):03d}"
        first = fodselsnummer.calc_check_digit1(number)
        second = fodselsnummer.calc_check_digit2(number + first)
        if len(first) == 1 and len(second) == 1:
            return number + first + second


def identified(pid, name="Ida Invitert", path="/logg-inn/idporten/callback/"):
    """What the ID-porten sign-in does once the provider has named the person: it sends the real
    `person_identified` signal with the linked account (or None) and signs in the account a
    receiver returns, else the linked one (accounts/oidc/backend.py, ProviderBackend)."""
    digest = pid_digest(pid)
    identity = PersonIdentity.objects.select_related("user").filter(pid_digest=digest).first()
    linked = identity.user if identity else None
    request = RequestFactory().get(path)
    responses = person_identified.send(sender=None, pid_digest=digest, name=name, request=request, user=linked)
    return next((account for _receiver, account in responses if account is not None), linked)


def municipality_of(plan):
    return plan.get_parent().get_parent().specific


def invite_form(pid, **overrides):
    return {
        "name": "Ida Invitert",
        "pid": pid,
        "email": "ida@example.no",
        "phone": "",
        "role": "participant",
        "access": "read",
        "profession": "Lærer",
        "organisation": "Nordby skole",
        "access_until": "",
        **overrides,
    }


def invite_url(plan):
    return f"/admin/planer/{plan.pk}/ansvarsgruppe/inviter/"


def invitation_url(participant, action):
    return f"/admin/planer/{participant.page_id}/ansvarsgruppe/{participant.pk}/invitasjon/{action}/"


def sent_link():
    """The link in the last e-mail sent."""
    return next(line for line in mail.outbox[-1].body.splitlines() if "/invitasjon/" in line).strip()


@pytest.fixture
def plan(plan_factory):
    return plan_factory(participants=[participant(make_user(first_name="Lise", last_name="Lærer"))])


@pytest.fixture
def sms(settings):
    settings.SAMPLAN_SMS_BACKEND = "invitations.sms.MemoryBackend"
    MemoryBackend.outbox.clear()
    return MemoryBackend.outbox


@pytest.fixture
def invite(client, plan, django_capture_on_commit_callbacks):
    """Invites through the coordinator's screen; returns the response."""

    def invite(pid, **overrides):
        client.force_login(plan.coordinator)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(invite_url(plan), invite_form(pid, **overrides))

    return invite
