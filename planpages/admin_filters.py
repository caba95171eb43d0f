"""The user filters of Wagtail's page listings and reports ("owner", "edited by", "locked by")
offer every account that owns, edited or locked any page, which would name the staff of every
municipality to any coordinator. Here they offer only the people of pages the user may see
(planpages.access.without_hidden_plans); a filter value outside that is simply not a choice.
The site history's user filter lists the authors of every page log entry (its filterset reads
the unfiltered queryset): it gets the authors of the entries the user may see instead."""

from django.contrib.auth import get_user_model
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.views.reports.audit_logging import SiteHistoryReportFilterSet, get_users_for_filter
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet
from wagtail.models import Page, PageLogEntry

from planpages.access import without_hidden_plans


def visible_pages(request):
    return without_hidden_plans(request.user, Page.objects.all())


def accounts(user_ids):
    User = get_user_model()
    return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)


def owners(request):
    return accounts(visible_pages(request).order_by().values("owner_id"))


def editors(request):
    edits = PageLogEntry.objects.filter(action="wagtail.edit", page__in=visible_pages(request).values("pk"))
    return accounts(edits.order_by().values("user_id"))


def lockers(request):
    return accounts(visible_pages(request).filter(locked=True).order_by().values("locked_by_id"))


NARROWED_FILTERS = [
    (PageFilterSet, "owner", owners),
    (PageFilterSet, "edited_by", editors),
    (LockedPagesReportFilterSet, "locked_by", lockers),
]


def authors_of_visible_entries(filterset):
    return get_users_for_filter(filterset.request.user)


def narrow_user_filters():
    for filterset, name, queryset in NARROWED_FILTERS:
        filterset.base_filters[name].queryset = queryset
    SiteHistoryReportFilterSet.get_users_queryset = authors_of_visible_entries
