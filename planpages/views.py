"""The signed-in user's dashboard of plans ("Mine planer"), served by the home page, and the
accessibility statement."""

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.views.generic import TemplateView

from planpages.access import viewable_plans
from planpages.models import PlanPage, PlanVisit
from planpages.plan_summary import PlanSummary
from planpages.ways_in import lands_in_admin


def dashboard(request, home_page):
    """ "Mine planer": every plan the user takes part in, and nothing else."""
    if not request.user.is_authenticated:
        return redirect("login")
    if lands_in_admin(request):
        return redirect("wagtailadmin_home")
    last_seen = PlanVisit.objects.filter(plan=OuterRef("pk"), user=request.user).values("last_seen_at")
    plans = (
        viewable_plans(request.user, PlanPage.objects.live())
        .select_related("coordinator")
        .annotate(last_seen_at=Subquery(last_seen[:1]))
        .order_by("next_evaluation_date", "pk")
    )
    summaries = [PlanSummary(plan) for plan in plans]
    response = TemplateResponse(
        request, "planpages/dashboard.html", {"page": home_page, "self": home_page, "plans": summaries}
    )
    return response


class AccessibilityStatementView(TemplateView):
    """The accessibility statement (tilgjengelighetserklæring) the universal design regulations require."""

    template_name = "accessibility_statement.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact_email=settings.ACCESSIBILITY_CONTACT_EMAIL, **kwargs)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; the icon is the static SVG."""
    return redirect(static("favicon.svg"))
