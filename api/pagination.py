"""Wagtail's limit/offset pagination ({"count", "items"}), refusing too large pages in Norwegian."""

from django.utils.translation import gettext as _
from ninja.errors import HttpError
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination, _get_max_limit

from accesslog.recording import record_listing
from planpages.models import AccessRecord

# Far beyond any real list, and inside what every database accepts in OFFSET.
MAX_OFFSET = 2**31 - 1


class PlanApiPagination(WagtailLimitOffsetPagination):
    def paginate_queryset(self, queryset, pagination, request, **params):
        max_limit = _get_max_limit()
        if pagination.limit > max_limit:
            raise HttpError(400, _("limit kan ikke være høyere enn %(max)d.") % {"max": max_limit})
        if pagination.offset > MAX_OFFSET:
            raise HttpError(400, _("offset kan ikke være høyere enn %(max)d.") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, pagination, request, **params)


class RecordedPlanListPagination(PlanApiPagination):
    """The plan list names each plan's person, so each listed plan is a read in the access log."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page[self.items_attribute] = list(page[self.items_attribute])
        record_listing(request, page[self.items_attribute], "plan_list", AccessRecord.Channel.API)
        return page
