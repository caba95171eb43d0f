"""Coordinator accounts of a municipality: who a local administrator may manage, and
deactivation that takes effect at once."""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from planpages.models import MunicipalityPage
from planpages.tenancy import administered_municipality_ids


def may_manage_account(administrator, user):
    """A local administrator manages plain coordinator accounts of their own municipalities:
    never themselves, the operator, another local administrator, or staff of a municipality
    they do not administer."""
    if administrator.is_superuser:
        return administrator.pk != user.pk
    if user.is_superuser or user.pk == administrator.pk:
        return False
    staff_elsewhere = MunicipalityPage.objects.exclude(pk__in=administered_municipality_ids(administrator)).filter(
        Q(coordinators_group__user=user) | Q(admins_group__user=user)
    )
    local_administrator = MunicipalityPage.objects.filter(admins_group__user=user)
    return not (staff_elsewhere.exists() or local_administrator.exists())


def end_sessions(user):
    """Sessions are stored by session key alone, so each unexpired one is decoded to find the
    user's. Deactivation is rare; this keeps the session store Django's own."""
    user_id = str(user.pk)
    keys = [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == user_id
    ]
    Session.objects.filter(session_key__in=keys).delete()


@transaction.atomic
def deactivate_account(user):
    """Ends the account's sessions and plan access now (planpages.signal_handlers re-syncs every plan
    the user is on when the account is saved inactive)."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    end_sessions(user)


def reactivate_account(user):
    user.is_active = True
    user.save(update_fields=["is_active"])
