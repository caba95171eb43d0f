"""The signed-in user's own API keys (Wagtail APITokens): create one, seen once, and revoke it.

Keys are for the municipality's systems, set up by its staff: only those who may use the
admin (coordinators, local administrators, the operator) create them. Anyone who holds a
key (one the operator made with create_api_token) still sees and can revoke it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log
from wagtail.models import APIToken


class NewTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Navn på nøkkelen"),
        max_length=255,
        help_text=_("For eksempel navnet på systemet eller appen som skal bruke den."),
    )


def may_create_api_keys(user):
    return user.has_perm("wagtailadmin.access_admin")


def offers_api_keys(user):
    return may_create_api_keys(user) or APIToken.objects.filter(user=user, revoked_at__isnull=True).exists()


def _page(request, form, plaintext=None, status=200):
    tokens = APIToken.objects.filter(user=request.user).order_by("revoked_at", "-created")
    context = {"form": form if may_create_api_keys(request.user) else None, "tokens": tokens, "plaintext": plaintext}
    return TemplateResponse(request, "accounts/api_tokens.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request):
    if not offers_api_keys(request.user):
        raise Http404
    if request.method == "GET":
        return _page(request, NewTokenForm())
    if not may_create_api_keys(request.user):
        raise Http404
    form = NewTokenForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    token, plaintext = APIToken.create_token(user=request.user, name=form.cleaned_data["name"])
    log(token, "wagtail.apitoken.create", user=request.user)
    # The plaintext lives only in this response; only its digest is stored.
    return _page(request, NewTokenForm(), plaintext=plaintext)


@login_required
@require_http_methods(["POST"])
def revoke_api_token(request, token_id):
    token = get_object_or_404(APIToken, pk=token_id, user=request.user, revoked_at__isnull=True)
    token.revoke()
    log(token, "wagtail.apitoken.revoke", user=request.user)
    messages.success(request, _("Nøkkelen «%(name)s» er trukket tilbake.") % {"name": token.name})
    return redirect("api_tokens")
