"""The local administrator's list of locked accounts, with an unlock button for each."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .lockout import can_unlock_accounts, locked_users, manageable_users, unlock

logger = logging.getLogger("samplan.security")


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
        messages.success(request, _("Kontoen til %(name)s er låst opp.") % {"name": user.get_full_name()})
        return redirect("accounts_locked_accounts")
    return TemplateResponse(request, "accounts/admin/locked_accounts.html", {"users": locked_users(request.user)})
