"""Sign-in, the second factor, the profile page and the account changes made from it."""

import base64
import logging
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from accounts.api_keys import offers_api_keys
from accounts.forms import EmailChangeForm, EnrolForm, PasswordChangeForm, SignInForm, VerifyForm
from accounts.oidc.providers import sign_in_choices
from accounts.sessions import end_all_sessions, register_session
from accounts.two_factor import confirm_device, has_second_factor, pending_device

logger = logging.getLogger("samplan.security")


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "providers": sign_in_choices()}


def safe_next(request, default="/"):
    """Only a path on this site: a link from elsewhere cannot send a signed-in user away."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(target, allowed_hosts=set(), require_https=request.is_secure())
    return target if allowed and target.startswith("/") and not target.startswith("//") else default


def qr_code_svg(data):
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    # The SVG is generated here from our own data, never from user input.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308


@login_required
def verify(request):
    if not has_second_factor(request.user):
        return redirect_keeping_next(request, "two_factor_enrol")
    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"].strip().replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            logger.info("second factor verified account=%s", request.user.pk)
            return redirect(safe_next(request))
        logger.warning("second factor failed account=%s", request.user.pk)
        form.add_error(
            "token",
            _("Koden stemmer ikke, eller den er brukt før. Vent på en ny kode i appen og prøv igjen."),
        )
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": safe_next(request, "")})


@login_required
def enrol(request):
    replacing = has_second_factor(request.user)
    if replacing and not request.user.is_verified():
        # Someone with only the password must not be able to swap in their own authenticator.
        return redirect_keeping_next(request, "two_factor_verify")
    device = pending_device(request.user)
    form = EnrolForm(request.POST or None, user=request.user, replacing=replacing)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip().replace(" ", "")):
            codes = confirm_device(request, device)
            logger.info("second factor enrolled account=%s", request.user.pk)
            return TemplateResponse(
                request, "accounts/recovery_codes.html", {"codes": codes, "next": safe_next(request)}
            )
        form.add_error("token", _("Koden stemmer ikke. Sjekk at klokken på telefonen er riktig, og prøv igjen."))
    context = {
        "form": form,
        "qr_code": qr_code_svg(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode(),
        "replacing": replacing,
        "next": safe_next(request, ""),
    }
    return TemplateResponse(request, "accounts/enrol.html", context)


@login_required
def profile(request):
    context = {
        "has_second_factor": has_second_factor(request.user),
        "session_count": request.user.signed_in_sessions.count(),
        "offers_api_keys": offers_api_keys(request.user),
    }
    return TemplateResponse(request, "accounts/profile.html", context)


@require_POST
@login_required
def sign_out_everywhere(request):
    ended = end_all_sessions(request.user)
    logger.info("signed out everywhere account=%s count=%s", request.user.pk, ended)
    logout(request)
    messages.success(request, _("Du er logget ut på alle enheter."))
    return redirect(settings.WAGTAIL_FRONTEND_LOGIN_URL)


@login_required
def change_password(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()  # ends every session of the account (accounts.signals)
        update_session_auth_hash(request, user)
        register_session(request, user)
        messages.success(request, _("Passordet er endret. Du er logget ut på alle andre enheter."))
        return redirect("profile")
    return TemplateResponse(request, "accounts/change_password.html", {"form": form})


@login_required
def change_email(request):
    form = EmailChangeForm(request.POST or None, user=request.user, initial={"email": request.user.email})
    if request.method == "POST" and form.is_valid():
        request.user.email = form.cleaned_data["email"]
        request.user.save(update_fields=["email"])
        messages.success(request, _("E-postadressen er endret."))
        return redirect("profile")
    return TemplateResponse(request, "accounts/change_email.html", {"form": form})


def redirect_keeping_next(request, name):
    return redirect(f"{reverse(name)}?{urlencode({'next': safe_next(request)})}")
