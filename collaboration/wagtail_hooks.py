"""Attachments are Wagtail documents in the plan's private collection: served only under the
plan rule, and every download written to the access log."""

from django.http import Http404
from wagtail import hooks

from accesslog.recording import record_access
from planpages.access import require_plan_view, restrictions_accept
from planpages.membership import ATTACHMENTS_ROOT_NAME
from planpages.models import PlanPage


@hooks.register("before_serve_document", order=-1)
def plan_attachments_follow_the_plan_rule(document, request):
    """A document under the plan attachments collection is served to those who may view its
    plan, and every download is logged; anyone else, and everyone once the plan is gone, gets
    the 404 of a document that does not exist."""
    collections = list(document.collection.get_ancestors(inclusive=True))
    if not any(collection.depth == 2 and collection.name == ATTACHMENTS_ROOT_NAME for collection in collections):
        return
    plan = PlanPage.objects.filter(collection__in=collections).first()
    if plan is None:
        raise Http404
    what = f"attachment:{document.pk}"
    require_plan_view(request, plan, what)
    if not restrictions_accept(document.collection.get_view_restrictions(), request):
        raise Http404
    record_access(request, plan, what)
