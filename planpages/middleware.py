"""Request-wide privacy: nothing Samplan answers may be kept by a cache, and admin views that
address a page by id answer a hidden plan with the 404 of a page that does not exist."""

import inspect

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.admin.views import home as admin_home
from wagtail.models import Page

from planpages.access import without_hidden_plans

# The admin views that take a page id, by view name or namespace, and the arguments naming it.
PAGE_ID_ARGUMENTS = {
    "wagtailadmin_pages": ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "pk"),
    "wagtailadmin_api:pages": ("pk",),
    "wagtailadmin_workflows": ("page_pk",),
    "wagtailadmin_explore": ("parent_page_id",),
    "wagtailadmin_explore_results": ("parent_page_id",),
    "wagtailadmin_choose_page_child": ("parent_page_id",),
}

# Reports that count or show pages across every municipality, whatever the user may manage.
OPERATOR_ONLY_VIEWS = ("wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results")
# Moderation: previews, actions, histories and reports of workflows, which Samplan turns off.
WORKFLOW_VIEWS = (
    "wagtailadmin_pages:workflow_action",
    "wagtailadmin_pages:collect_workflow_action_data",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:workflow_preview",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
)


class NoStoreMiddleware:
    """Every answer is private: a plan, a denial that must look like any other 404, a page
    behind sign-in. Only static files (served elsewhere in production) may be cached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(settings.STATIC_URL):
            add_never_cache_headers(response)
        return response


def addressed_page_ids(match, view_kwargs):
    names = PAGE_ID_ARGUMENTS.get(match.view_name) or PAGE_ID_ARGUMENTS.get(match.namespace, ())
    values = (str(view_kwargs.get(name, "")) for name in names)
    return {int(value) for value in values if value.isdigit()}


# The largest id a database key holds (PostgreSQL bigint). A larger one is no id at all.
LARGEST_ID = 2**63 - 1


def as_id(value):
    """`value` as a database id, or None when it is not one (no number, or too large)."""
    text = str(value)
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(LARGEST_ID)):
        return None
    number = int(text)
    return number if number <= LARGEST_ID else None


def names_an_impossible_id(request, view_args, view_kwargs):
    """A number in the path, or in an admin query string (Wagtail's filters and bulk actions
    take ids there), that no database id can be. The API answers its own parameters."""
    numbers = [value for value in [*view_args, *view_kwargs.values()] if type(value) is int]
    if request.path.startswith(reverse("wagtailadmin_home")):
        numbers += [value for _name, values in request.GET.lists() for value in values if value.isdigit()]
    return any(as_id(number) is None for number in numbers)


def is_admin_catch_all(view_func):
    """Wagtail's view for admin URLs that match nothing (such as /admin/pages/abc/edit/)."""
    return inspect.unwrap(view_func) is inspect.unwrap(admin_home.default)


class MalformedIdMiddleware:
    """A malformed id names nothing, so it gets the 404 of a missing one: an id too large for
    the database (the query would fail, a 500 on SQLite and PostgreSQL alike), and an admin URL
    whose id is no number (Wagtail's catch-all would send the anonymous to sign in and show a
    coordinator the admin's own 404 page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if is_admin_catch_all(view_func) or names_an_impossible_id(request, view_args, view_kwargs):
            raise Http404
        return None


def is_closed_view(match, user):
    """Views nobody but the operator may use, and workflow views when workflows are off."""
    if match.view_name in OPERATOR_ONLY_VIEWS and not user.is_superuser:
        return True
    workflows_off = not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True)
    return workflows_off and (match.namespace == "wagtailadmin_workflows" or match.view_name in WORKFLOW_VIEWS)


class PlanAdminGuardMiddleware:
    """Wagtail's own page views answer a page the user may not touch with a redirect and a
    message, and a missing page with a 404; for a plan that would confirm it exists. Here both
    get the same 404, before Wagtail's view (or its sign-in check) runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if is_closed_view(request.resolver_match, request.user):
            raise Http404
        page_ids = addressed_page_ids(request.resolver_match, view_kwargs)
        if not page_ids:
            return None
        if without_hidden_plans(request.user, Page.objects.filter(pk__in=page_ids)).count() != len(page_ids):
            raise Http404
        return None
