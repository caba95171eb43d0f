"""Plan C's baton (../shared/DEMO.md): held by its coordinator, offered to `sara`, who has not
answered yet; and one bright spot written as a row. Added once; a second run adds nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from planpages.models import Baton, BatonEvent, BatonEventKind, BatonNote, BatonNoteKind

PLAN_WITH_BATON = "C"
OFFERED_TO = "sara"


def ensure_baton(plan):
    if Baton.objects.filter(plan=plan).exists():
        return
    holder = plan.coordinator
    now = timezone.now()
    offer = BatonEvent.objects.create(
        plan=plan,
        kind=BatonEventKind.OFFERED,
        actor=holder,
        holder=holder,
        recipient=get_user_model().objects.get(username=OFFERED_TO),
        at=now - datetime.timedelta(days=2),
    )
    Baton.objects.create(plan=plan, holder=holder, since=now - datetime.timedelta(days=80), pending_offer=offer)
    BatonNote.objects.create(
        plan=plan,
        kind=BatonNoteKind.BRIGHT_SPOT,
        author=holder,
        created_at=now - datetime.timedelta(days=3),
        text="Emil fortalte stolt at han hadde vært med på fotballtreningen.",
    )
