"""Wagtail's limit/offset pagination ({"count", "items"}), refusing too large pages in Norwegian."""

from django.utils.translation import gettext as _
from ninja.errors import HttpError
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination, _get_max_limit


class PlanApiPagination(WagtailLimitOffsetPagination):
    def paginate_queryset(self, queryset, pagination, request, **params):
        max_limit = _get_max_limit()
        if pagination.limit > max_limit:
            raise HttpError(400, _("limit kan ikke være høyere enn %(max)d.") % {"max": max_limit})
        return super().paginate_queryset(queryset, pagination, request, **params)
