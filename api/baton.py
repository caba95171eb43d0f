"""/api/v3/plans/{id}/baton/: a Stafettlogg plan's baton, under the same rule and the same write
path as the plan page (collaboration.baton). Other plans have no baton: the same 404."""

import datetime
from typing import Literal

from django.http import Http404
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from wagtail.api.v3.errors import ProblemDetail

from accesslog.recording import record_access
from api.auth import PerCallerThrottle, api_auth
from api.errors import ERROR_RESPONSES
from api.plans import PlanId, viewable_plan
from collaboration import baton as baton_service
from collaboration.services import InvalidWrite, WriteRefused
from planpages.baton import baton_history, has_baton
from planpages.models import AccessRecord, BatonEventKind
from planpages.people import display_name

router = Router(tags=["baton"], auth=api_auth(), throttle=[PerCallerThrottle()])


class PersonRef(Schema):
    id: int
    name: str


def person(user):
    return {"id": user.pk, "name": display_name(user)} if user else None


class BatonEventSchema(Schema):
    id: int
    kind: Literal[tuple(BatonEventKind.values)]
    at: datetime.datetime
    actor: PersonRef
    holder: PersonRef = Field(description="Stafettholderen da det skjedde.")
    recipient: PersonRef = Field(description="Den stafettloggen ble tilbudt.")
    offer: int | None = Field(description="Tilbudet et svar gjelder.")


class BatonSchema(Schema):
    holder: PersonRef | None
    since: datetime.datetime | None
    pending_offer: BatonEventSchema | None
    history: list[BatonEventSchema]


WRITE_RESPONSES = {200: BatonSchema, **ERROR_RESPONSES, 403: ProblemDetail, 409: ProblemDetail}


class HandoverIn(Schema):
    to: int = Field(ge=1, le=2**31 - 1, description="Brukerens id: koordinatoren eller en deltaker i planen.")


class AnswerIn(Schema):
    offer: int | None = Field(None, ge=1, le=2**31 - 1, description="Tilbudet du svarer på (anbefalt).")


def event_json(event):
    return {
        "id": event.pk,
        "kind": event.kind,
        "at": event.at,
        "actor": person(event.actor),
        "holder": person(event.holder),
        "recipient": person(event.recipient),
        "offer": event.offer_id,
    }


def baton_json(plan):
    history = baton_history(plan)
    baton = history.baton
    offer = next((event for event in history.events if event.pk == baton.pending_offer_id), None)
    return {
        "holder": person(baton.holder),
        "since": baton.since if baton.pk else None,
        "pending_offer": event_json(offer) if offer else None,
        "history": [event_json(event) for event in history.events],
    }


def baton_plan(request, plan_id, record_granted=True):
    """The plan, if it is one the caller may view and it has a baton; a plan without one is
    answered like a plan that does not exist, and its read is not recorded."""
    plan, access = viewable_plan(request, plan_id, "baton", record_granted=False)
    if not has_baton(plan):
        raise Http404
    if record_granted:
        record_access(request, plan, "baton", AccessRecord.Channel.API, access=access)
    return plan


def write(request, plan_id, action, data):
    plan = baton_plan(request, plan_id, record_granted=False)
    try:
        action(plan, request.user, data)
    except WriteRefused as refusal:
        raise HttpError(refusal.status, str(refusal.message)) from None
    except InvalidWrite as invalid:
        messages = [str(error) for errors in invalid.form.errors.values() for error in errors]
        raise HttpError(422, " ".join(messages)) from None
    record_access(request, plan, "baton", AccessRecord.Channel.API)
    return Status(200, baton_json(plan))


@router.get(
    "/{plan_id}/baton/",
    response={200: BatonSchema, **ERROR_RESPONSES},
    url_name="plan_baton",
    operation_id="plan_baton",
    summary="Stafettholderen og historikken (bare stafettlogger)",
)
def baton_detail(request, plan_id: PlanId):
    return baton_json(baton_plan(request, plan_id))


@router.post(
    "/{plan_id}/baton/handover/",
    response=WRITE_RESPONSES,
    url_name="plan_baton_handover",
    operation_id="plan_baton_handover",
    summary="Be en annen ta over stafettloggen",
)
def handover(request, plan_id: PlanId, payload: HandoverIn):
    return write(request, plan_id, baton_service.hand_over, {"to": payload.to})


@router.post(
    "/{plan_id}/baton/accept/",
    response=WRITE_RESPONSES,
    url_name="plan_baton_accept",
    operation_id="plan_baton_accept",
    summary="Ta over stafettloggen du er spurt om",
)
def accept(request, plan_id: PlanId, payload: AnswerIn | None = None):
    return write(request, plan_id, baton_service.accept, answer_data(payload))


@router.post(
    "/{plan_id}/baton/decline/",
    response=WRITE_RESPONSES,
    url_name="plan_baton_decline",
    operation_id="plan_baton_decline",
    summary="Takk nei til å ta over stafettloggen",
)
def decline(request, plan_id: PlanId, payload: AnswerIn | None = None):
    return write(request, plan_id, baton_service.decline, answer_data(payload))


def answer_data(payload):
    offer = payload.offer if payload else None
    return {"based_on": offer} if offer else {}
