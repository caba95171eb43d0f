"""The coordinator's invitation views on the membership screen (the same 404 as a missing plan
for anyone but the plan's coordinator and the operator), and the page an invitation links to."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from invitations import services
from invitations.delivery import invitation_for_token
from invitations.forms import PlanInvitationForm
from planpages.members.views import managed_plan, members_url, refuse
from planpages.models import Invitation


def added_message(participant, invitation):
    if invitation is None:
        return _("%(name)s har allerede en konto i Samplan og er lagt til i ansvarsgruppen.") % {
            "name": participant.display_name
        }
    return _("Invitasjonen til %(name)s er sendt. Personen får tilgang først når hen har logget inn med ID-porten.") % {
        "name": participant.display_name
    }


@sensitive_post_parameters("pid")
@require_http_methods(["GET", "POST"])
def invite(request, plan_id):
    plan = managed_plan(request, plan_id)
    if plan.is_closed:
        messages.error(request, _("Planen er avsluttet. Ingen nye deltakere kan legges til."))
        return redirect(members_url(plan))
    form = PlanInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            added = services.invite_to_plan(plan, request.user, **form.invitation(), **form.participation())
        except ValidationError as error:
            refuse(form, error)
        else:
            messages.success(request, added_message(*added))
            return redirect(members_url(plan))
    return TemplateResponse(request, "invitations/invite.html", {"plan": plan, "form": form})


def plan_invitation(request, plan_id, participant_id):
    plan = managed_plan(request, plan_id)
    invitations = Invitation.objects.select_related("participant").filter(participant__page=plan)
    return plan, get_object_or_404(invitations, participant_id=participant_id)


def carry_out(request, action, success, then):
    """Runs `action` (send again, withdraw), says how it went, and goes back to `then`."""
    try:
        action()
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, success)
    return redirect(then)


SENT_AGAIN = _lazy("Invitasjonen er sendt på nytt. Den gamle lenken virker ikke lenger.")
WITHDRAWN = _lazy("Invitasjonen er trukket tilbake.")


@require_POST
def send_again(request, plan_id, participant_id):
    plan, invitation = plan_invitation(request, plan_id, participant_id)
    return carry_out(request, partial(services.send_again, invitation), SENT_AGAIN, members_url(plan))


@require_POST
def withdraw(request, plan_id, participant_id):
    plan, invitation = plan_invitation(request, plan_id, participant_id)
    return carry_out(request, partial(services.withdraw, invitation, request.user), WITHDRAWN, members_url(plan))


def landing(request, token):
    """Says how to accept; reveals nothing about who invited or to what."""
    invitation = invitation_for_token(token)
    if invitation is None:
        return TemplateResponse(request, "invitations/landing_invalid.html", status=404)
    return TemplateResponse(request, "invitations/landing.html", {"expires_at": invitation.expires_at})
