"""Admin views of a local administrator: coordinators, plan handover and statistics.
None of them reads a plan's content or the name of the person a plan is about."""

from functools import partial, wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from invitations.forms import InvitationForm
from invitations.services import invite_coordinator, send_again, withdraw
from invitations.views import SENT_AGAIN, WITHDRAWN, carry_out
from municipal_admin.accounts import deactivate_account, may_manage_account, reactivate_account
from municipal_admin.forms import HandoverForm
from municipal_admin.handover import hand_over_plan, handover_candidates
from municipal_admin.plan_register import PLAN_REGISTER_INDEX
from municipal_admin.statistics import municipality_statistics
from planpages.models import Invitation, InvitationKind, InvitationStatus, MunicipalityPage
from planpages.people import display_name
from planpages.tenancy import (
    administered_municipalities,
    administered_plans,
    chosen_municipality,
    coordinators_of,
    is_municipal_administrator,
)

ACCOUNT_DEACTIVATED = "samplan.account_deactivate"
ACCOUNT_REACTIVATED = "samplan.account_reactivate"


def municipal_administrators_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_municipal_administrator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def municipality_context(request, municipality):
    return {"municipality": municipality, "municipalities": administered_municipalities(request.user)}


def coordinator_list_url(municipality):
    return f"{reverse('municipal_admin:coordinators')}?kommune={municipality.pk}"


@municipal_administrators_only
def coordinator_list(request):
    municipality = chosen_municipality(request)
    in_municipality = Q(coordinated_plans__path__startswith=municipality.path)
    coordinators = coordinators_of(municipality).annotate(plan_count=Count("coordinated_plans", filter=in_municipality))
    invitations = Invitation.objects.filter(municipality=municipality, status=InvitationStatus.SENT)
    context = {"coordinators": coordinators, "invitations": invitations.order_by("-created_at")}
    return TemplateResponse(
        request, "municipal_admin/coordinators.html", {**municipality_context(request, municipality), **context}
    )


def invited_message(account):
    if account is None:
        return _("Invitasjonen er sendt. Personen blir koordinator når hen logger inn med ID-porten første gang.")
    return _("Personen har allerede en konto i Samplan og er nå koordinator i kommunen.")


@sensitive_post_parameters("pid")
@municipal_administrators_only
def coordinator_create(request):
    """Coordinators are invited, never given a password: they sign in with ID-porten."""
    municipality = chosen_municipality(request)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account, _invitation = invite_coordinator(municipality, request.user, **form.invitation())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, invited_message(account))
            return redirect(coordinator_list_url(municipality))
    return TemplateResponse(
        request,
        "municipal_admin/coordinator_create.html",
        {**municipality_context(request, municipality), "form": form},
    )


def coordinator_invitation(request, invitation_id):
    municipality = chosen_municipality(request)
    invitations = Invitation.objects.filter(kind=InvitationKind.COORDINATOR, municipality=municipality)
    return municipality, get_object_or_404(invitations, pk=invitation_id)


@require_POST
@municipal_administrators_only
def coordinator_invitation_send_again(request, invitation_id):
    municipality, invitation = coordinator_invitation(request, invitation_id)
    return carry_out(request, partial(send_again, invitation), SENT_AGAIN, coordinator_list_url(municipality))


@require_POST
@municipal_administrators_only
def coordinator_invitation_withdraw(request, invitation_id):
    municipality, invitation = coordinator_invitation(request, invitation_id)
    withdrawing = partial(withdraw, invitation, request.user)
    return carry_out(request, withdrawing, WITHDRAWN, coordinator_list_url(municipality))


def manageable_coordinator(request, user_id):
    municipality = chosen_municipality(request)
    user = get_object_or_404(coordinators_of(municipality), pk=user_id)
    if not may_manage_account(request.user, user):
        raise PermissionDenied
    return municipality, user


@municipal_administrators_only
def coordinator_deactivate(request, user_id):
    municipality, user = manageable_coordinator(request, user_id)
    if request.method == "POST":
        deactivate_account(user)
        log(instance=user, action=ACCOUNT_DEACTIVATED, user=request.user)
        messages.success(
            request, _("Kontoen er deaktivert. Innloggingene er avsluttet og tilgangen til planer fjernet.")
        )
        return redirect(coordinator_list_url(municipality))
    return TemplateResponse(
        request,
        "municipal_admin/coordinator_deactivate.html",
        {**municipality_context(request, municipality), "coordinator": user},
    )


@require_POST
@municipal_administrators_only
def coordinator_reactivate(request, user_id):
    municipality, user = manageable_coordinator(request, user_id)
    reactivate_account(user)
    log(instance=user, action=ACCOUNT_REACTIVATED, user=request.user)
    messages.success(request, _("Kontoen er aktivert igjen."))
    return redirect(coordinator_list_url(municipality))


@municipal_administrators_only
def plan_handover(request, plan_id):
    metadata_only = administered_plans(request.user).defer("person_name", "person_birth_date", "body")
    plan = get_object_or_404(metadata_only.select_related("coordinator"), pk=plan_id)
    municipality = MunicipalityPage.objects.ancestor_of(plan).get()
    form = HandoverForm(request.POST or None, coordinators=handover_candidates(municipality, plan, request.user))
    context = {**municipality_context(request, municipality), "plan": plan, "form": form}
    if request.method == "POST" and form.is_valid():
        successor = form.cleaned_data["coordinator"]
        if "confirm" not in request.POST:
            return TemplateResponse(
                request, "municipal_admin/plan_handover_confirm.html", {**context, "successor": successor}
            )
        try:
            hand_over_plan(plan, successor, request.user, form.cleaned_data["from_coordinator"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("municipal_admin:plan_handover", plan.pk)
        messages.success(
            request,
            _(
                "Planen %(code)s er overført til %(name)s. "
                "Den nye og den forrige koordinatoren og planeieren har fått beskjed."
            )
            % {"code": plan.title, "name": display_name(successor)},
        )
        return redirect(PLAN_REGISTER_INDEX)
    return TemplateResponse(request, "municipal_admin/plan_handover.html", context)


@municipal_administrators_only
def statistics(request):
    municipality = chosen_municipality(request)
    return TemplateResponse(
        request,
        "municipal_admin/statistics.html",
        {**municipality_context(request, municipality), **municipality_statistics(municipality)},
    )
