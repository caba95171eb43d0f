"""Request-wide privacy: nothing Samplan answers may be kept by a cache, and admin views that
address a page by id answer a hidden plan with the 404 of a page that does not exist."""

from django.conf import settings
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from wagtail.models import Page

from .permissions import without_hidden_plans

# Admin URL arguments that name a page, in the namespaces whose views take page ids.
PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "pk", "page_pk")
PAGE_VIEW_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_api:pages", "wagtailadmin_workflows")
PAGE_VIEW_NAMES = ("wagtailadmin_explore", "wagtailadmin_explore_results", "wagtailadmin_choose_page_child")


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
    if match.namespace not in PAGE_VIEW_NAMESPACES and match.view_name not in PAGE_VIEW_NAMES:
        return []
    values = (view_kwargs.get(name) for name in PAGE_ID_ARGUMENTS)
    return [int(value) for value in values if value is not None and str(value).isdigit()]


class PlanAdminGuardMiddleware:
    """Wagtail's own page views answer a page the user may not touch with a redirect and a
    message; for a plan that would confirm it exists."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        page_ids = addressed_page_ids(request.resolver_match, view_kwargs)
        if not page_ids:
            return None
        pages = Page.objects.filter(pk__in=page_ids)
        if without_hidden_plans(request.user, pages).count() != pages.count():
            raise Http404
        return None
