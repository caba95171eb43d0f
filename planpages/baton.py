"""Reading a Stafettlogg plan's baton: who holds it, the offer waiting for an answer, its
history, and the bright spots and concerns. Writing is collaboration.baton's."""

from dataclasses import dataclass, field

from planpages.access import current_participation_q
from planpages.models import Baton, BatonEvent, BatonNote
from planpages.plan_types import PlanType


def has_baton(plan):
    return plan.plan_type == PlanType.STAFETTLOGG


def current_baton(plan):
    """The plan's Baton row, or an unsaved one held by its coordinator (a plan's first holder)."""
    baton = Baton.objects.filter(plan_id=plan.pk).select_related("holder", "pending_offer__recipient").first()
    return baton or Baton(plan=plan, holder=plan.coordinator)


def recipients(plan, holder_id, participants=None):
    """Who the baton can go to: the coordinator and the current participants, less the holder."""
    if participants is None:
        participants = plan.participants.filter(current_participation_q()).select_related("user")
    people = [participant.user for participant in participants if participant.is_current()]
    if plan.coordinator_id and plan.coordinator.is_active:
        people.insert(0, plan.coordinator)
    return [person for person in people if person.pk != holder_id]


@dataclass
class BatonHistory:
    baton: Baton
    events: list = field(default_factory=list)
    notes: list = field(default_factory=list)


def baton_history(plan, latest_first=False):
    """Everything the plan page and the PDF show of the baton (three queries)."""
    events = BatonEvent.objects.filter(plan=plan).select_related("actor", "holder", "recipient")
    notes = BatonNote.objects.filter(plan=plan).select_related("author")
    if not latest_first:
        notes = notes.order_by("created_at", "pk")
    return BatonHistory(current_baton(plan), list(events), list(notes))


def baton_fingerprint(plan):
    """What of the baton a cached PDF depends on."""
    if not has_baton(plan):
        return ()
    baton = Baton.objects.filter(plan_id=plan.pk).values_list("holder_id", "pending_offer_id").first()
    events = list(BatonEvent.objects.filter(plan=plan).values_list("pk", flat=True))
    notes = list(BatonNote.objects.filter(plan=plan).values_list("pk", flat=True))
    return (baton, events, notes)
