"""The local administrator's list of locked accounts, with an unlock button for each. A local
administrator unlocks the accounts of their own municipality (its coordinators and
administrators, and the participants and coordinators of its plans); the operator anyone."""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from accounts.lockout import current_lockouts, unlock
from planpages.models import PlanPage, PlanParticipant
from planpages.people import display_name
from planpages.tenancy import administered_municipalities, is_municipal_administrator

logger = logging.getLogger("samplan.security")


def staff_groups_of(municipalities):
    return [m.coordinators_group_id for m in municipalities] + [m.admins_group_id for m in municipalities]


def manageable_users(admin):
    """The accounts `admin` may unlock."""
    users = get_user_model().objects.all()
    if admin.is_active and admin.is_superuser:
        return users
    municipalities = list(administered_municipalities(admin)) if admin.is_active else []
    if not municipalities:
        return users.none()
    staff_groups = staff_groups_of(municipalities)
    plans = PlanPage.objects.none()
    for municipality in municipalities:
        plans = plans | PlanPage.objects.descendant_of(municipality)
    plan_ids = plans.values("pk")
    participants = PlanParticipant.objects.filter(page__in=plan_ids).values("user")
    coordinators = PlanPage.objects.filter(pk__in=plan_ids).values("coordinator")
    return users.filter(Q(groups__in=staff_groups) | Q(pk__in=participants) | Q(pk__in=coordinators)).distinct()


def can_unlock_accounts(user):
    return user.is_active and (user.is_superuser or is_municipal_administrator(user))


def locked_users(admin):
    usernames = current_lockouts().values("username")
    return manageable_users(admin).filter(username__in=usernames).order_by("last_name", "first_name")


def known_name(admin):
    """The name `admin` may see of a locked account: staff of their municipalities (the
    operator: anyone) by name; a citizen has none here (None), for a local administrator does
    not otherwise learn who is on the plans of their municipality."""
    if admin.is_superuser:
        return display_name
    staff_groups = staff_groups_of(administered_municipalities(admin))
    staff = set(get_user_model().objects.filter(groups__in=staff_groups).values_list("pk", flat=True))
    return lambda user: display_name(user) if user.pk in staff else None


def unlocked_message(name):
    if name is None:
        return _("Kontoen er låst opp.")
    return _("Kontoen til %(name)s er låst opp.") % {"name": name}


class UnlockForm(forms.Form):
    user_id = forms.IntegerField(min_value=1, max_value=2**31 - 1)


def locked_accounts(request):
    if not can_unlock_accounts(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = UnlockForm(request.POST)
        if not form.is_valid():
            raise Http404
        user = get_object_or_404(manageable_users(request.user), pk=form.cleaned_data["user_id"])
        unlock(user)
        logger.info("account unlocked account=%s by=%s", user.pk, request.user.pk)
        messages.success(request, unlocked_message(known_name(request.user)(user)))
        return redirect("municipal_admin:locked_accounts")
    name_of = known_name(request.user)
    accounts = [(user, name_of(user) or _("Innbygger (låst)")) for user in locked_users(request.user)]
    return TemplateResponse(request, "municipal_admin/locked_accounts.html", {"accounts": accounts})
