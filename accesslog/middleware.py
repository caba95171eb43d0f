"""Reads of a plan in the Wagtail admin go into the access log too.

Wagtail has a hook before the edit form (before_edit_page) but none before its revision,
compare and preview views, and that hook also runs on POST. One small middleware that knows
the admin views which show plan content covers them all the same way: exactly one record per
GET, written before the view runs, so a failed write means the content is not served.
"""

from accesslog.recording import record_access
from planpages.access import plan_access
from planpages.models import AccessRecord, PlanPage

# Wagtail admin view name → what the access log calls that read.
ADMIN_PLAN_READS = {
    "wagtailadmin_pages:edit": "edit",
    "wagtailadmin_pages:revisions_revert": "revision",
    "wagtailadmin_pages:revisions_view": "revision",
    "wagtailadmin_pages:revisions_compare": "compare",
    "wagtailadmin_pages:preview_on_edit": "preview",
    "wagtailadmin_pages:view_draft": "preview",
    "wagtailadmin_pages:history": "history",
    "wagtailadmin_pages:history_results": "history",
}
PAGE_ID_KWARGS = ("page_id", "pk")


def admin_read(request, view_kwargs):
    """(plan, what) when this request reads a plan in the admin, else None."""
    match = request.resolver_match
    what = ADMIN_PLAN_READS.get(match.view_name) if match else None
    # Nobody signed in, nothing recorded (accesslog.recording): not even the look-up is made.
    if what is None or request.method != "GET" or not request.user.is_authenticated:
        return None
    page_id = next((view_kwargs[key] for key in PAGE_ID_KWARGS if key in view_kwargs), None)
    plan = PlanPage.objects.filter(pk=page_id).first()
    return (plan, what) if plan else None


class AdminPlanReadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        read = admin_read(request, view_kwargs)
        if read is not None:
            plan, what = read
            access = plan_access(request, plan)
            # In the admin only the coordinator and the operator may read a plan.
            granted = access.is_coordinator or access.is_operator
            record_access(request, plan, what, AccessRecord.Channel.ADMIN, access=access, granted=granted)
        return None
