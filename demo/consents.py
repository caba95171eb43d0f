"""Each demo plan's current consent, given by its owner side (plan D's recorded on paper by its
coordinator, as Nora Berg's guardian has no account), covering every current participant."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from planpages.consenting import decide_consent
from planpages.models import ConsentGiver
from planpages.plan_types import ParticipantRole

GIVERS = {"A": "kari", "B": "ola", "C": "ola", "D": None}
PAPER_GIVER_D = "Foresatt til Nora Berg"


def ensure_consent(key, plan):
    if plan.consents.exists():
        return
    covers = list(plan.participants.filter(role=ParticipantRole.PARTICIPANT).values_list("pk", flat=True))
    valid_until = timezone.localdate() + datetime.timedelta(days=365)
    username = GIVERS[key]
    if username:
        giver = get_user_model().objects.get(username=username)
        decide_consent(plan, giver, given=True, covers=covers, valid_until=valid_until)
        return
    paper = {"on_paper": True, "giver_name": PAPER_GIVER_D, "on_behalf_of": ConsentGiver.GUARDIAN}
    decide_consent(plan, plan.coordinator, given=True, covers=covers, valid_until=valid_until, **paper)
