"""What the plan page shows of a Stafettlogg plan's baton, and the forms for those who may act."""

from collaboration.baton_forms import BatonNoteForm, HandoverForm
from planpages.baton import baton_history, has_baton, recipients


def baton_forms(request, plan, access, baton, bound_forms):
    forms = {}
    offer = baton.pending_offer
    may_hand_over = access.can_write and request.user.pk in (baton.holder_id, plan.coordinator_id)
    if may_hand_over:
        people = recipients(plan, baton.holder_id, access.participants)
        forms["handover"] = bound_forms.get("baton_handover") or HandoverForm(plan=plan, recipients=people)
    if offer and (may_hand_over or offer.recipient_id == request.user.pk) and not plan.is_closed:
        # The offer this page shows: each answer form carries it, so a stale answer is refused.
        forms["answer"] = offer.pk
    if access.can_write:
        forms["note"] = bound_forms.get("baton_note") or BatonNoteForm(plan=plan)
    return forms


def baton_context(request, plan, access, bound_forms):
    if not has_baton(plan):
        return {}
    history = baton_history(plan, latest_first=True)
    offer = history.baton.pending_offer
    return {
        "baton": history.baton,
        "baton_events": history.events,
        "baton_notes": history.notes,
        "baton_offer_for_me": bool(offer and offer.recipient_id == request.user.pk and not plan.is_closed),
        "baton_forms": baton_forms(request, plan, access, history.baton, bound_forms),
    }
