"""Participant-facing views: sign-in, the dashboard of plans and the plan page."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from .access_log import record_access
from .collaboration_views import collaboration_context
from .models import LogEntry, PlanPage, PlanVisit
from .permissions import plan_access, viewable_plans
from .plan_summary import PlanSummary

LATEST_LOG_ENTRIES = 20


class SignInForm(auth_forms.AuthenticationForm):
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "Feil brukernavn eller passord. Sjekk at du har skrevet riktig "
            "(store og små bokstaver teller), og prøv igjen."
        ),
        "inactive": _("Kontoen er deaktivert. Kontakt den lokale administratoren i kommunen din."),
    }

    def clean_username(self):
        # AuthenticationForm sets max_length after the field is built, so Django never checks
        # it; an over-long name would reach the lockout table (255 characters) and fail there.
        username = self.cleaned_data["username"]
        if len(username) > self.fields["username"].max_length:
            raise forms.ValidationError(
                _("Brukernavnet kan ha høyst %(limit)d tegn."), params={"limit": self.fields["username"].max_length}
            )
        return username


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


def private(response):
    """Nothing behind sign-in may be kept by a browser cache or a proxy."""
    add_never_cache_headers(response)
    return response


def dashboard(request, home_page):
    """ "Mine planer": every plan the user takes part in, and nothing else."""
    if not request.user.is_authenticated:
        return redirect("login")
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
    return private(response)


def plan_detail(request, plan, bound_forms=None, status=200):
    access = plan_access(request, plan)
    if not getattr(request, "is_preview", False):
        # An admin preview is recorded once, as such, by AdminPlanReadMiddleware.
        record_access(request, plan, "plan", access=access)
    log_entries = list(LogEntry.objects.filter(plan=plan).select_related("author")[:LATEST_LOG_ENTRIES])
    if request.user.is_authenticated:
        PlanVisit.objects.update_or_create(user=request.user, plan=plan, defaults={"last_seen_at": timezone.now()})
    context = plan.get_context(request)
    context.update(
        {
            "access": access,
            "summary": PlanSummary(plan),
            "participants": access.participants,
            "log_entries": log_entries,
            **collaboration_context(request, plan, access, bound_forms),
        }
    )
    return private(TemplateResponse(request, "planpages/plan_page.html", context, status=status))
