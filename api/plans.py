"""/api/v3/plans/: every endpoint asks planpages.access and writes the access log."""

from typing import Annotated

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, FilterLookup, FilterSchema, Path, Query, Router, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from wagtail.api.v3.errors import ProblemDetail

from accesslog.recording import record_access
from api.auth import PerCallerThrottle, api_auth
from api.errors import ERROR_RESPONSES
from api.pagination import PlanApiPagination, RecordedPlanListPagination
from api.schemas import (
    AccessRecordSchema,
    LogEntryIn,
    LogEntrySchema,
    PlanDetailSchema,
    PlanStatusValue,
    PlanSummarySchema,
    PlanTypeValue,
)
from collaboration import services
from planpages.access import plan_access, require_plan_view, viewable_plans
from planpages.models import AccessRecord, LogEntry, MunicipalityPage, PlanPage
from planpages.plan_links import plan_links

router = Router(tags=["plans"], auth=api_auth(), throttle=[PerCallerThrottle()])

PlanId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Planens id.")]
# Root → home → municipality: a municipality's tree path is the first three steps of a plan's.
MUNICIPALITY_PATH_LENGTH = 3 * PlanPage.steplen


class PlanFilters(FilterSchema):
    type: Annotated[
        PlanTypeValue | None, FilterLookup("plan_type"), Field(description="Bare planer av denne typen.")
    ] = None
    status: Annotated[
        PlanStatusValue | None, FilterLookup("status"), Field(description="Bare planer med denne statusen.")
    ] = None


def plans_with_summary_fields(queryset):
    municipality = MunicipalityPage.objects.filter(path=Substr(OuterRef("path"), 1, MUNICIPALITY_PATH_LENGTH)).values(
        "title"
    )
    return queryset.select_related("coordinator").annotate(municipality_name=Subquery(municipality[:1]))


def viewable_plan(request, plan_id, what, record_granted=True):
    """The live plan, or the same 404 whether it does not exist or is not the caller's."""
    plan = plans_with_summary_fields(PlanPage.objects.live().filter(pk=plan_id)).first()
    if plan is None:
        raise Http404
    require_plan_view(request, plan, what, AccessRecord.Channel.API)
    access = plan_access(request, plan)
    if record_granted:
        record_access(request, plan, what, AccessRecord.Channel.API, access=access)
    return plan, access


@router.get(
    "/",
    response={200: list[PlanSummarySchema], **ERROR_RESPONSES, 400: ProblemDetail},
    url_name="plan_list",
    operation_id="plan_list",
    summary="Planene du har tilgang til",
)
@paginate(RecordedPlanListPagination)
def list_plans(request, filters: Query[PlanFilters]):
    plans = viewable_plans(request.user, PlanPage.objects.live())
    return filters.filter(plans_with_summary_fields(plans)).order_by("next_evaluation_date", "pk")


@router.get(
    "/{plan_id}/",
    response={200: PlanDetailSchema, **ERROR_RESPONSES},
    url_name="plan_detail",
    operation_id="plan_detail",
    summary="Hele planen",
)
def plan_detail(request, plan_id: PlanId):
    plan, access = viewable_plan(request, plan_id, "plan")
    plan.api_participants = access.participants
    plan_links(plan, access.participants)
    plan.api_log_entries = list(LogEntry.objects.filter(plan=plan).select_related("author"))
    return plan


@router.post(
    "/{plan_id}/log-entries/",
    response={201: LogEntrySchema, **ERROR_RESPONSES, 403: ProblemDetail},
    url_name="plan_log_entry_create",
    operation_id="plan_log_entry_create",
    summary="Skriv en loggføring",
)
def add_log_entry(request, plan_id: PlanId, payload: LogEntryIn):
    plan, _access = viewable_plan(request, plan_id, "log_entry", record_granted=False)
    try:
        entry = services.add_log_entry(plan, request.user, {"text": payload.text})
    except services.WriteRefused as refusal:
        raise HttpError(refusal.status, str(refusal.message)) from None
    except services.InvalidWrite as invalid:
        raise HttpError(422, " ".join(invalid.form.errors.get("text", []))) from None
    return Status(201, entry)


@router.get(
    "/{plan_id}/access-log/",
    response={200: list[AccessRecordSchema], **ERROR_RESPONSES, 400: ProblemDetail, 403: ProblemDetail},
    url_name="plan_access_log",
    operation_id="plan_access_log",
    summary="Hvem har sett planen (nyeste først)",
)
@paginate(PlanApiPagination)
def plan_access_log(request, plan_id: PlanId):
    plan, access = viewable_plan(request, plan_id, "access_log", record_granted=False)
    if not access.can_see_access_log:
        raise HttpError(403, _("Bare planeier, foresatte og koordinator kan se tilgangsloggen."))
    record_access(request, plan, "access_log", AccessRecord.Channel.API, access=access)
    return AccessRecord.objects.filter(plan_id=plan.pk).order_by("-at", "-pk")
