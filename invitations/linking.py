"""Taking an invitation at the first ID-porten sign-in. `accept_invitations` receives
accounts.signals.person_identified (sent by the ID-porten sign-in with the keyed digest of the
person's identity number): every open invitation with that digest is taken, the account made
if the person has none, and that account returned so it is the one signed in. A different
identity number matches nothing; expired, withdrawn and ended invitations are not open."""

import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log

from accounts.models import PersonIdentity
from accounts.signals import person_identified
from invitations.services import identified_account
from planpages import participation
from planpages.models import Invitation, InvitationKind, InvitationStatus


def split_name(name):
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


def new_account(pid_digest, name, invitation):
    """An account without a password (it signs in with ID-porten only), known by the digest.
    The username is neutral: it is not the person's name or number."""
    first_name, last_name = split_name(name or invitation.name)
    user = get_user_model().objects.create_user(
        username=f"person-{secrets.token_hex(6)}",
        password=None,
        email=invitation.email,
        first_name=first_name,
        last_name=last_name,
    )
    PersonIdentity.objects.create(user=user, pid_digest=pid_digest)
    log(instance=user, action="wagtail.create", user=invitation.created_by)
    return user


def join_plan(participant, user):
    try:
        participation.link_account(participant, user)
    except ValidationError:
        # Already on the plan by another row: the pending one is not needed, and it ends.
        participation.end_participation(participant, user)


def take(invitation, user):
    if invitation.kind == InvitationKind.PARTICIPANT:
        join_plan(invitation.participant, user)
    else:
        user.groups.add(invitation.municipality.coordinators_group)
    invitation.status = InvitationStatus.ACCEPTED
    invitation.accepted_at = timezone.now()
    invitation.accepted_user = user
    invitation.token_hash = None
    invitation.email = invitation.phone = ""
    invitation.save(update_fields=["status", "accepted_at", "accepted_user", "token_hash", "email", "phone"])


@transaction.atomic
def accept_open_invitations(pid_digest, name="", user=None):
    """Takes every open invitation for the digest; returns the account, or None when there
    was nothing to take (or the account is deactivated)."""
    user = user or identified_account(pid_digest)
    if user is not None and not user.is_active:
        return None
    invitations = list(
        Invitation.objects.linkable().select_for_update(of=("self",)).filter(pid_digest=pid_digest).order_by("pk")
    )
    if not invitations:
        return None
    user = user or new_account(pid_digest, name, invitations[0])
    for invitation in invitations:
        take(invitation, user)
    return user


@receiver(person_identified, dispatch_uid="invitations.accept_invitations")
def accept_invitations(sender, pid_digest, name="", user=None, **kwargs):
    return accept_open_invitations(pid_digest, name=name, user=user)
