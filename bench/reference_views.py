"""The plan page's two references.

- Floor: a plain Django view rendering collaboration/plan_page.html from a dict prepared once (the
  plan's parsed content, its participants and latest log entries): template and block
  rendering only, no routing, no access rule, no query beyond session and user.
- Stock Wagtail: what Wagtail itself does for a public page: route the URL through the page
  tree level by level (Page.route), run the before_serve_page hooks (including Wagtail's own view
  restriction lookup, which a public page also pays for), and render the same template with the
  same content (participants, latest log entries) as Page.serve would with get_context. It
  leaves out what Samplan adds: our access check's denial logging, the access record and the
  visit row. It is requested as the operator, for whom the plan's route guard passes; a bench-
  only page model would need a migration in the app, which the app must not carry.
"""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import Page, Site

from collaboration.plan_page import LATEST_LOG_ENTRIES
from planpages.models import LogEntry, PlanPage
from planpages.plan_summary import PlanSummary

_floor_context = {}


def floor_context(plan_id):
    """Built once per plan, then reused: the floor pays for rendering only."""
    if plan_id not in _floor_context:
        plan = PlanPage.objects.select_related("coordinator").get(pk=plan_id)
        list(plan.body)  # parse the StreamField once
        _floor_context[plan_id] = {
            "page": plan,
            "self": plan,
            "participants": list(plan.participants.select_related("user").order_by("pk")),
            "log_entries": list(LogEntry.objects.filter(plan=plan).select_related("author")[:LATEST_LOG_ENTRIES]),
        }
    return _floor_context[plan_id]


def floor_plan_page(request, plan_id):
    context = dict(floor_context(plan_id))
    context["summary"] = PlanSummary(context["page"])
    return TemplateResponse(request, "collaboration/plan_page.html", context)


def stock_wagtail_plan_page(request, page_path):
    # Wagtail's own routing, level by level, without Samplan's shortcut in HomePage.route.
    site = Site.find_for_request(request)
    page, args, kwargs = Page.route(site.root_page.specific, request, [c for c in page_path.split("/") if c])
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    for restriction in Page.get_view_restrictions(page):  # Wagtail's own check, as for any page
        if not restriction.accept_request(request):
            raise Http404
    context = page.get_context(request)
    context.update(
        {
            "summary": PlanSummary(page),
            "participants": list(page.participants.select_related("user").order_by("pk")),
            "log_entries": list(LogEntry.objects.filter(plan=page).select_related("author")[:LATEST_LOG_ENTRIES]),
        }
    )
    return TemplateResponse(request, "collaboration/plan_page.html", context)
