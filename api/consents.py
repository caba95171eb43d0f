"""/api/v3/plans/{id}/consents/: a plan's consents for those who may see them, and giving,
refusing and withdrawing them for the owner side, through the plan page's write path
(collaboration.consents). A plan the caller may not view gets the plain 404."""

import datetime
from typing import Annotated, Literal

from django.utils.translation import gettext as _
from ninja import Field, Path, Router, Schema, Status
from ninja.errors import HttpError
from wagtail.api.v3.errors import ProblemDetail
from wagtail.models import APIToken

from accesslog.recording import record_access
from api.auth import PerCallerThrottle, api_auth
from api.errors import ERROR_RESPONSES
from api.plans import PlanId, viewable_plan
from collaboration import consents
from collaboration.services import InvalidWrite, WriteRefused
from planpages.models import AccessRecord, Consent, ConsentGiver, ConsentStatus

router = Router(tags=["consents"], auth=api_auth(), throttle=[PerCallerThrottle()])

WHAT = "consents"
ConsentId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Samtykkets id.")]
SIGNED_IN_WITH_KEY = "api-nøkkel"  # noqa: S105 - the name of a sign-in method, not a secret


class CoveredParticipant(Schema):
    id: int = Field(description="Deltakelsens id i planen.")
    name: str


class ConsentSchema(Schema):
    id: int
    status: Literal[tuple(ConsentStatus.values)]
    giver_name: str
    on_behalf_of: Literal[tuple(ConsentGiver.values)]
    on_paper: bool
    text_version: str
    text: str = Field(description="Teksten som ble vist da samtykket ble gitt eller nektet.")
    text_digest: str = Field(description="SHA-256 av teksten.")
    covers: list[CoveredParticipant]
    valid_until: datetime.date | None
    signed_in_with: str
    sign_in_level: str
    decided_at: datetime.datetime
    withdrawn_at: datetime.datetime | None
    withdrawn_by: str | None


class ConsentIn(Schema):
    decision: Literal[tuple(consents.DECISIONS)] = Field(description="«give» gir samtykke, «refuse» nekter.")
    covers: list[int] = Field(default_factory=list, description="Deltakelsene (id) samtykket gjelder.")
    valid_until: datetime.date | None = Field(None, description="Siste dag samtykket gjelder.")


WRITE_RESPONSES = {200: ConsentSchema, **ERROR_RESPONSES, 403: ProblemDetail, 409: ProblemDetail}


def consent_json(consent):
    return {
        **{field: getattr(consent, field) for field in ConsentSchema.model_fields if hasattr(consent, field)},
        "covers": [{"id": p.pk, "name": p.display_name} for p in consent.covers.all()],
        "withdrawn_by": consent.withdrawn_by.get_full_name() if consent.withdrawn_by else None,
    }


def consent_rows(plan):
    return Consent.objects.filter(plan=plan).select_related("withdrawn_by").prefetch_related("covers__user")


def sign_in(request):
    if isinstance(getattr(request, "auth", None), APIToken):
        return SIGNED_IN_WITH_KEY, ""
    return consents.sign_in_of(request)


def write(request, plan_id, action):
    plan, access = viewable_plan(request, plan_id, WHAT, record_granted=False)
    try:
        consent = action(plan, access)
    except WriteRefused as refusal:
        raise HttpError(refusal.status, str(refusal.message)) from None
    except InvalidWrite as invalid:
        raise HttpError(
            422, " ".join(str(error) for errors in invalid.form.errors.values() for error in errors)
        ) from None
    record_access(request, plan, WHAT, AccessRecord.Channel.API, access=access)
    return Status(200, consent_json(consent_rows(plan).get(pk=consent.pk)))


@router.get(
    "/{plan_id}/consents/",
    response={200: list[ConsentSchema], **ERROR_RESPONSES, 403: ProblemDetail},
    url_name="plan_consents",
    operation_id="plan_consents",
    summary="Samtykkene til planen (planeiersiden, koordinatoren)",
)
def list_consents(request, plan_id: PlanId):
    plan, access = viewable_plan(request, plan_id, WHAT, record_granted=False)
    if not access.can_see_consents:
        raise HttpError(403, _("Bare planeiersiden og koordinatoren kan se samtykkene til planen."))
    record_access(request, plan, WHAT, AccessRecord.Channel.API, access=access)
    return [consent_json(consent) for consent in consent_rows(plan)]


@router.post(
    "/{plan_id}/consents/",
    response=WRITE_RESPONSES,
    url_name="plan_consent_decide",
    operation_id="plan_consent_decide",
    summary="Gi eller nekt samtykke (planeieren eller en foresatt)",
)
def decide(request, plan_id: PlanId, payload: ConsentIn):
    data = {"decision": payload.decision, "covers": payload.covers, "valid_until": payload.valid_until}
    return write(request, plan_id, lambda plan, access: consents.decide(plan, access, data, sign_in(request)))


@router.post(
    "/{plan_id}/consents/{consent_id}/withdraw/",
    response=WRITE_RESPONSES,
    url_name="plan_consent_withdraw",
    operation_id="plan_consent_withdraw",
    summary="Trekk tilbake et samtykke du har gitt",
)
def withdraw(request, plan_id: PlanId, consent_id: ConsentId):
    return write(request, plan_id, lambda plan, access: consents.withdraw(plan, access, consent_id))
