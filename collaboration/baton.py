"""The one write path for the Stafettlogg baton: hand it over, accept, decline or withdraw an
offer, and add bright spots and concerns. The plan page and the API both call these with
(plan, user, data); each is collaboration.services.append: the plan row locked, the rule
checked again on the locked plan, rows appended."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaboration.baton_forms import BatonNoteForm, HandoverForm, OfferAnswerForm
from collaboration.services import WriteRefused, append, check_can_write
from notifications.services import create_notifications
from planpages.access import PlanAccess
from planpages.baton import current_baton, has_baton, recipients
from planpages.models import Baton, BatonEvent, BatonEventKind, BatonNote, NotificationKind

NOT_FOUND = _("Fant ikke planen.")
STALE_OFFER = _(
    "Tilbudet om å ta over stafettloggen gjelder ikke lenger: det er trukket tilbake eller erstattet "
    "av et nytt. Ingenting er endret. Last siden på nytt for å se hvem som har stafettloggen nå."
)
NO_OFFER = _("Ingen har bedt om at stafettloggen skal tas over nå. Ingenting er endret.")
OFFERED_TO_ANOTHER = _("Stafettloggen er tilbudt en annen, så du kan ikke svare på tilbudet. Ingenting er endret.")
NOT_HOLDER = _("Bare stafettholderen eller koordinatoren kan gi stafettloggen videre. Ingenting er endret.")
PLAN_CLOSED = _("Planen er avsluttet, så stafettloggen kan ikke gis videre. Ingenting er endret.")


def check_baton_plan(user, plan):
    """Only a Stafettlogg plan has a baton; on any other the baton does not exist."""
    if not has_baton(plan) or not PlanAccess(user, plan).can_view:
        raise WriteRefused(NOT_FOUND, status=404)
    if plan.is_closed:
        raise WriteRefused(PLAN_CLOSED)


def check_baton_write(user, plan):
    check_baton_plan(user, plan)
    check_can_write(user, plan)


def locked_baton(plan):
    """The Baton row of a locked plan, made (held by the coordinator) the first time it is needed."""
    baton = Baton.objects.filter(plan=plan).select_related("pending_offer").first()
    if baton is None:
        if plan.coordinator_id is None:
            raise WriteRefused(NOT_HOLDER)
        since = plan.first_published_at or timezone.now()
        baton = Baton.objects.create(plan=plan, holder_id=plan.coordinator_id, since=since)
    return baton


def close_offer(baton, user, kind):
    event = BatonEvent.objects.create(
        plan_id=baton.plan_id,
        kind=kind,
        actor=user,
        holder_id=baton.holder_id,
        recipient_id=baton.pending_offer.recipient_id,
        offer=baton.pending_offer,
    )
    baton.pending_offer = None
    return event


def hand_over(plan, user, data):
    """Offer the baton to another person on the plan. A pending offer is replaced (superseded)."""
    check_baton_write(user, plan)
    form = HandoverForm(data, plan=plan, recipients=recipients(plan, current_baton(plan).holder_id))

    def create(locked, actor, cleaned):
        baton = locked_baton(locked)
        if actor.pk not in (baton.holder_id, locked.coordinator_id):
            raise WriteRefused(NOT_HOLDER)
        if cleaned["to"] not in {person.pk for person in recipients(locked, baton.holder_id)}:
            raise WriteRefused(_("Den du valgte kan ikke ta over stafettloggen nå. Ingenting er endret."), 409)
        if baton.pending_offer:
            close_offer(baton, actor, BatonEventKind.SUPERSEDED)
        baton.pending_offer = BatonEvent.objects.create(
            plan=locked, kind=BatonEventKind.OFFERED, actor=actor, holder_id=baton.holder_id, recipient_id=cleaned["to"]
        )
        baton.save(update_fields=["pending_offer"])
        create_notifications(locked, {cleaned["to"]}, NotificationKind.BATON_OFFER)
        return baton.pending_offer

    return append(plan, user, form, create, check=check_baton_write)


def pending_offer_for_answer(baton, based_on):
    offer = baton.pending_offer if baton else None
    if based_on is not None and (offer is None or offer.pk != based_on):
        raise WriteRefused(STALE_OFFER, 409)
    if offer is None:
        raise WriteRefused(NO_OFFER, 409)
    return offer


def answer(plan, user, data, kind):
    """The recipient accepts or declines the pending offer; anyone else is refused."""

    def create(locked, recipient, cleaned):
        baton = Baton.objects.filter(plan=locked).select_related("pending_offer").first()
        offer = pending_offer_for_answer(baton, cleaned["based_on"])
        if offer.recipient_id != recipient.pk:
            raise WriteRefused(OFFERED_TO_ANOTHER, 403)
        event = close_offer(baton, recipient, kind)
        if kind == BatonEventKind.ACCEPTED:
            baton.holder, baton.since = recipient, event.at
        baton.save(update_fields=["holder", "since", "pending_offer"])
        return event

    return append(plan, user, OfferAnswerForm(data, plan=plan), create, check=check_baton_plan)


def accept(plan, user, data):
    return answer(plan, user, data, BatonEventKind.ACCEPTED)


def decline(plan, user, data):
    return answer(plan, user, data, BatonEventKind.DECLINED)


def withdraw(plan, user, data):
    """The holder or the coordinator takes back the pending offer."""

    def create(locked, actor, cleaned):
        baton = Baton.objects.filter(plan=locked).select_related("pending_offer").first()
        pending_offer_for_answer(baton, cleaned["based_on"])
        if actor.pk not in (baton.holder_id, locked.coordinator_id):
            raise WriteRefused(NOT_HOLDER)
        event = close_offer(baton, actor, BatonEventKind.WITHDRAWN)
        baton.save(update_fields=["pending_offer"])
        return event

    return append(plan, user, OfferAnswerForm(data, plan=plan), create, check=check_baton_write)


def add_note(plan, user, data):
    """A bright spot or a concern, by anyone with write access (the baton holder included)."""

    def create(locked, author, cleaned):
        return BatonNote.objects.create(plan=locked, author=author, kind=cleaned["kind"], text=cleaned["text"])

    return append(
        plan, user, BatonNoteForm(data, plan=plan), create, NotificationKind.LOG_ENTRY, check=check_baton_write
    )
