"""Brute-force protection (django-axes, configured in settings): the Norwegian lockout page
and the unlock path. A local administrator unlocks the accounts of their own municipality
(its coordinators and administrators, and the participants and coordinators of its plans);
the operator unlocks anyone, also from the shell: `manage.py axes_reset_username NAME`."""

import datetime

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LOCKED_MESSAGE = _(
    "Kontoen er midlertidig sperret etter for mange mislykkede innloggingsforsøk. "
    "Prøv igjen om en time, eller kontakt den lokale administratoren i kommunen din for å låse den opp."
)


def client_ip(request):
    """The sign-in's source address. Behind SAMPLAN_PROXY_COUNT trusted proxies it is the
    address the outermost of them saw (the client can forge everything to the left of it)."""
    proxies = settings.SAMPLAN_PROXY_COUNT
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    from planpages.views import SignInForm

    form = SignInForm(request)
    return render(
        request,
        "registration/login.html",
        {"form": form, "locked_out_message": LOCKED_MESSAGE, "next": ""},
        status=429,
    )


def administered_municipalities(user):
    from planpages.models import MunicipalityPage

    return MunicipalityPage.objects.filter(admins_group__in=user.groups.all())


def manageable_users(admin):
    """The accounts `admin` may unlock."""
    from planpages.models import PlanPage, PlanParticipant

    users = get_user_model().objects.all()
    if admin.is_active and admin.is_superuser:
        return users
    municipalities = list(administered_municipalities(admin)) if admin.is_active else []
    if not municipalities:
        return users.none()
    staff_groups = [m.coordinators_group_id for m in municipalities] + [m.admins_group_id for m in municipalities]
    plans = PlanPage.objects.none()
    for municipality in municipalities:
        plans = plans | PlanPage.objects.descendant_of(municipality)
    plan_ids = plans.values("pk")
    participants = PlanParticipant.objects.filter(page__in=plan_ids).values("user")
    coordinators = PlanPage.objects.filter(pk__in=plan_ids).values("coordinator")
    return users.filter(Q(groups__in=staff_groups) | Q(pk__in=participants) | Q(pk__in=coordinators)).distinct()


def can_unlock_accounts(user):
    return user.is_active and (user.is_superuser or administered_municipalities(user).exists())


def current_lockouts():
    since = timezone.now() - datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
    return AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since)


def locked_users(admin):
    usernames = current_lockouts().values("username")
    return manageable_users(admin).filter(username__in=usernames).order_by("last_name", "first_name")


def unlock(user):
    return reset(username=user.get_username())
