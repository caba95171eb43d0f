"""Inviting, sending again and withdrawing. A person who already has an account (a
PersonIdentity with the same digest) is added at once instead; anyone else gets an invitation,
sent once the transaction commits."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import PersonIdentity
from invitations.tasks import send_invitation
from planpages import participation
from planpages.models import Invitation, InvitationKind, InvitationStatus


def expiry():
    return timezone.now() + datetime.timedelta(days=settings.SAMPLAN_INVITATION_DAYS)


def identified_account(pid_digest):
    identity = PersonIdentity.objects.select_related("user").filter(pid_digest=pid_digest).first()
    return identity.user if identity else None


def send_when_committed(invitation):
    transaction.on_commit(lambda: send_invitation.enqueue(invitation.pk))


def new_invitation(actor, person, **target):
    """`person`: name, digest and where to send; `target`: the kind and the plan's participation
    or the municipality. Sent once the transaction commits."""
    invitation = Invitation.objects.create(**person, **target, created_by=actor, expires_at=expiry())
    send_when_committed(invitation)
    return invitation


def refuse_if_invited(invitations):
    if invitations.linkable().exists():
        raise ValidationError(_("Personen er allerede invitert. Send invitasjonen på nytt i listen i stedet."))


@transaction.atomic
def invite_to_plan(plan, actor, *, name, pid_digest, email="", phone="", **fields):
    """(participant, invitation); the invitation is None when the person already had an account
    and was added directly. `fields`: the participation's role, access, organisation …"""
    account = identified_account(pid_digest)
    if account is not None:
        return participation.add_participant(plan, actor, user=account, **fields), None
    refuse_if_invited(Invitation.objects.filter(pid_digest=pid_digest, participant__page=plan))
    participant = participation.add_participant(plan, actor, user=None, name=name, **fields)
    person = {"name": name, "pid_digest": pid_digest, "email": email, "phone": phone}
    return participant, new_invitation(actor, person, kind=InvitationKind.PARTICIPANT, participant=participant)


def add_coordinator(municipality, account):
    if account.is_superuser or account.groups.filter(pk=municipality.coordinators_group_id).exists():
        raise ValidationError(_("Personen er allerede koordinator i kommunen."))
    account.groups.add(municipality.coordinators_group)


@transaction.atomic
def invite_coordinator(municipality, actor, *, name, pid_digest, email="", phone=""):
    """(account, invitation): an account that already exists joins the coordinators at once."""
    account = identified_account(pid_digest)
    if account is not None:
        add_coordinator(municipality, account)
        return account, None
    refuse_if_invited(Invitation.objects.filter(pid_digest=pid_digest, municipality=municipality))
    person = {"name": name, "pid_digest": pid_digest, "email": email, "phone": phone}
    return None, new_invitation(actor, person, kind=InvitationKind.COORDINATOR, municipality=municipality)


def locked_unanswered(invitation):
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.status != InvitationStatus.SENT:
        raise ValidationError(_("Invitasjonen er allerede tatt i bruk eller trukket tilbake."))
    return invitation


@transaction.atomic
def send_again(invitation):
    """A new link and a new expiry; the old link stops working at once."""
    invitation = locked_unanswered(invitation)
    if invitation.participant_id and invitation.participant.has_ended():
        raise ValidationError(_("Tilgangen er avsluttet. Inviter personen på nytt i stedet."))
    invitation.token_hash = None
    invitation.expires_at = expiry()
    invitation.save(update_fields=["token_hash", "expires_at"])
    send_when_committed(invitation)
    return invitation


@transaction.atomic
def withdraw(invitation, actor):
    """The link stops working and the pending participation ends (it is kept, with its date)."""
    invitation = locked_unanswered(invitation)
    invitation.status = InvitationStatus.WITHDRAWN
    invitation.withdrawn_at = timezone.now()
    invitation.token_hash = None
    invitation.email = invitation.phone = ""
    invitation.save(update_fields=["status", "withdrawn_at", "token_hash", "email", "phone"])
    if invitation.participant_id and not invitation.participant.has_ended():
        participation.end_participation(invitation.participant, actor)
    return invitation
