"""Sending an invitation: a fresh link token (only its hash is stored, so a new link kills the
old one), then an e-mail and/or a text message that name no one and no plan: only that there
is an invitation to Samplan and the link to the page that says how to accept it."""

import hashlib
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from invitations.sms import sms_backend
from planpages.models import Invitation


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_for_token(token):
    """The open invitation a link's token belongs to, or None."""
    return Invitation.objects.open().filter(token_hash=token_hash(token)).first()


@transaction.atomic
def new_link(invitation_id):
    """A new token for an open invitation: (invitation, link), or (None, None)."""
    invitation = Invitation.objects.open().select_for_update().filter(pk=invitation_id).first()
    if invitation is None:
        return None, None
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["token_hash", "sent_at"])
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("invitations:landing", args=[token])
    return invitation, link


def deliver(invitation_id):
    """Sends the invitation to its address and/or number; False if it is no longer open."""
    invitation, link = new_link(invitation_id)
    if invitation is None:
        return False
    context = {"link": link, "expires_at": timezone.localtime(invitation.expires_at)}
    if invitation.email:
        body = render_to_string("invitations/email/invitation.txt", context)
        send_mail(_("Du er invitert til Samplan"), body, None, [invitation.email])
    if invitation.phone:
        sms_backend().send(invitation.phone, render_to_string("invitations/email/invitation_sms.txt", context))
    return True
