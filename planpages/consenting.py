"""The one write path for consent: giving, refusing and withdrawing. Each locks the plan row,
appends or updates a Consent row (never deletes it), writes the plan's history and re-syncs the
plan's access, so a withdrawal takes effect at once."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from planpages.access import PlanAccess
from planpages.membership import sync_plan_access
from planpages.models import Consent, ConsentGiver, ConsentStatus, PlanPage
from planpages.plan_types import ParticipantRole

TEXT_VERSION = "1"
GIVEN = "samplan.consent.given"
REFUSED = "samplan.consent.refused"
WITHDRAWN = "samplan.consent.withdrawn"


class ConsentRefused(Exception):
    """The user may not do this (404: may not even see the plan)."""

    def __init__(self, message, status=403):
        super().__init__(str(message))
        self.message = message
        self.status = status


def consent_text():
    return _(
        "Jeg samtykker i at deltakerne jeg har valgt i ansvarsgruppen kan se og arbeide med planen, "
        "og at opplysningene i den deles mellom dem, til og med datoen jeg har valgt. "
        "Jeg kan trekke samtykket tilbake når som helst."
    )


def _locked_plan(plan):
    plans = PlanPage.objects.select_for_update(of=("self",)).select_related("access_group", "collection", "coordinator")
    return plans.get(pk=plan.pk)


def _giver(access, on_paper, giver_name, on_behalf_of):
    """(giver name, on behalf of) for the actor, or refused."""
    if not access.can_view:
        raise ConsentRefused(_("Fant ikke planen."), status=404)
    if on_paper:
        if not access.is_coordinator:
            raise ConsentRefused(_("Bare koordinatoren kan registrere et samtykke gitt på papir."))
        if not giver_name.strip() or on_behalf_of not in ConsentGiver.values:
            raise ValidationError(_("Skriv navnet på den som ga samtykket, og om det er planeieren eller en foresatt."))
        return giver_name.strip(), on_behalf_of
    if not access.is_plan_owner_side:
        raise ConsentRefused(_("Bare planeieren eller en foresatt kan gi eller nekte samtykke til planen."))
    role = access.participation.role
    return (
        access.participation.display_name,
        ConsentGiver.GUARDIAN if role == ParticipantRole.GUARDIAN else ConsentGiver.OWNER,
    )


def _covered(plan, participant_ids):
    participants = list(plan.participants.filter(pk__in=participant_ids))
    if not participants or len(participants) != len(set(participant_ids)):
        raise ValidationError(_("Velg hvilke deltakere i ansvarsgruppen samtykket gjelder."))
    return participants


@transaction.atomic
def decide_consent(plan, actor, *, given, covers=(), valid_until=None, sign_in=("password", ""), **paper):
    """Give (`given`) or refuse consent. `paper`: on_paper, giver_name, on_behalf_of for a consent
    the coordinator records as given on paper. `sign_in`: (method, level) of the actor's sign-in."""
    plan = _locked_plan(plan)
    on_paper = paper.get("on_paper", False)
    name, on_behalf_of = _giver(
        PlanAccess(actor, plan), on_paper, paper.get("giver_name", ""), paper.get("on_behalf_of")
    )
    participants = _covered(plan, covers) if given else []
    if given and (valid_until is None or valid_until <= timezone.localdate()):
        raise ValidationError(_("Velg en dato etter i dag som samtykket gjelder til og med."))
    text = consent_text()
    consent = Consent.objects.create(
        plan=plan,
        status=ConsentStatus.GIVEN if given else ConsentStatus.REFUSED,
        given_by=actor,
        on_paper=on_paper,
        giver_name=name,
        on_behalf_of=on_behalf_of,
        text_version=TEXT_VERSION,
        text=text,
        text_digest=hashlib.sha256(text.encode()).hexdigest(),
        valid_until=valid_until if given else None,
        signed_in_with="paper" if on_paper else sign_in[0],
        sign_in_level="" if on_paper else sign_in[1],
    )
    consent.covers.set(participants)
    log(instance=plan, action=GIVEN if given else REFUSED, user=actor, data={"consent": consent.pk})
    sync_plan_access(plan)
    return consent


def may_withdraw(access, consent):
    """The one who gave it; a consent on paper is withdrawn through the coordinator."""
    if consent.on_paper:
        return access.is_coordinator
    return access.can_view and consent.given_by_id == access.user.pk


@transaction.atomic
def withdraw_consent(consent, actor):
    plan = _locked_plan(consent.plan)
    access = PlanAccess(actor, plan)
    if not access.can_view:
        raise ConsentRefused(_("Fant ikke planen."), status=404)
    consent = Consent.objects.select_for_update().get(pk=consent.pk, plan=plan)
    if not may_withdraw(access, consent):
        raise ConsentRefused(_("Bare den som ga samtykket kan trekke det tilbake."))
    if consent.status != ConsentStatus.GIVEN:
        raise ValidationError(_("Dette samtykket er ikke gjeldende, så det kan ikke trekkes tilbake."))
    consent.status, consent.withdrawn_at, consent.withdrawn_by = ConsentStatus.WITHDRAWN, timezone.now(), actor
    consent.save(update_fields=["status", "withdrawn_at", "withdrawn_by"])
    log(instance=plan, action=WITHDRAWN, user=actor, data={"consent": consent.pk})
    sync_plan_access(plan)
    return consent
