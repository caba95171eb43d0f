"""The one way the ansvarsgruppe changes: adding, changing and ending a participation, and
linking an invited person's account. Each change locks the plan row, is written to the plan's
history (Wagtail log entries shown in the page history) and re-syncs the plan's access. A row
is never deleted and never changes whose it is; ending access is a date."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from planpages.membership import sync_plan_access
from planpages.models import PlanPage, PlanParticipant

ADDED = "samplan.participant.added"
CHANGED = "samplan.participant.changed"
ENDED = "samplan.participant.ended"
LINKED = "samplan.participant.linked"
CHANGEABLE_FIELDS = ("role", "access", "profession", "organisation", "access_until")


def _locked_plan(plan):
    # `of`: PostgreSQL refuses FOR UPDATE on the nullable side of the outer joins select_related makes.
    plans = PlanPage.objects.select_for_update(of=("self",)).select_related("access_group", "collection", "coordinator")
    return plans.get(pk=plan.pk)


def _record(plan, action, actor, participant, changes=None):
    data = {"participant": participant.pk, "name": participant.display_name}
    if changes:
        data["changes"] = changes
    log(instance=plan, action=action, user=actor, data=data)


def _as_text(value):
    return value.isoformat() if isinstance(value, datetime.date) else ("" if value is None else str(value))


@transaction.atomic
def add_participant(plan, actor, *, user=None, name="", **fields):
    """A new participation; `user` empty for an invited person known by `name` only."""
    plan = _locked_plan(plan)
    if user is not None and plan.participants.filter(user=user).exists():
        raise ValidationError(_("Personen er allerede med i ansvarsgruppen. Endre tilgangen i listen i stedet."))
    participant = PlanParticipant.objects.create(page=plan, user=user, name=name, added_by=actor, **fields)
    _record(plan, ADDED, actor, participant, {key: ["", _as_text(value)] for key, value in fields.items()})
    sync_plan_access(plan)
    return participant


def _refuse_if_changed_meanwhile(participant, expected):
    if any(getattr(participant, key) != value for key, value in expected.items()):
        raise ValidationError(
            _("Noen andre endret denne deltakelsen mens du hadde skjemaet åpent. Se over verdiene og lagre på nytt.")
        )


@transaction.atomic
def change_participant(participant, actor, expected=None, **changes):
    """Change role, access, organisation or end date; returns the fields that changed.
    `expected`: the values the actor saw; if one of them changed since, nothing is saved."""
    unknown = set(changes) - set(CHANGEABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not changeable: {sorted(unknown)}")
    plan = _locked_plan(participant.page)
    participant = PlanParticipant.objects.select_for_update().get(pk=participant.pk)
    _refuse_if_changed_meanwhile(participant, expected or {})
    changed = {
        key: [_as_text(getattr(participant, key)), _as_text(value)]
        for key, value in changes.items()
        if getattr(participant, key) != value
    }
    if not changed:
        return changed
    for key in changed:
        setattr(participant, key, changes[key])
    participant.save(update_fields=list(changed))
    ending = "access_until" in changed and participant.has_ended()
    _record(plan, ENDED if ending else CHANGED, actor, participant, changed)
    sync_plan_access(plan)
    return changed


def end_participation(participant, actor):
    """Access ends now: the end date becomes yesterday, so today's requests are refused."""
    return change_participant(participant, actor, access_until=timezone.localdate() - datetime.timedelta(days=1))


@transaction.atomic
def link_account(participant, user, actor=None):
    """An invited person signed in: their account takes the pending row. Refused if the row
    already belongs to someone or the person is already on the plan."""
    plan = _locked_plan(participant.page)
    participant = PlanParticipant.objects.select_for_update().get(pk=participant.pk)
    if participant.user_id is not None:
        raise ValidationError(_("Denne deltakelsen tilhører allerede en konto."))
    if plan.participants.filter(user=user).exists():
        raise ValidationError(_("Personen er allerede med i ansvarsgruppen."))
    participant.user = user
    participant.save(update_fields=["user"])
    _record(plan, LINKED, actor or user, participant)
    sync_plan_access(plan)
    return participant
