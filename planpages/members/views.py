"""The membership screen in the admin: for the plan's coordinator and the operator only;
anyone else gets the 404 of a plan that does not exist."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import PageLogEntry

from planpages import participation
from planpages.access import OWNER_SIDE_ROLES, administrable_plans
from planpages.members.forms import AddParticipantForm, ChangeParticipantForm
from planpages.members.search import find_people, findable_people, municipality_of
from planpages.models import Consent

HISTORY_ACTIONS = (participation.ADDED, participation.CHANGED, participation.ENDED, participation.LINKED)
HISTORY_LENGTH = 50


def managed_plan(request, plan_id):
    return get_object_or_404(administrable_plans(request.user).select_related("coordinator"), pk=plan_id)


def members_url(plan):
    return reverse("plan_members:index", args=[plan.pk])


def history(plan):
    entries = PageLogEntry.objects.filter(page=plan, action__in=HISTORY_ACTIONS).select_related("user")
    return entries.order_by("-timestamp", "-pk")[:HISTORY_LENGTH]


def with_consent_status(participants):
    """Each participant with `lacks_consent`: not the owner side and covered by no current consent."""
    covered = Exists(Consent.objects.current().filter(covers=OuterRef("pk")))
    lacking = ExpressionWrapper(~Q(role__in=OWNER_SIDE_ROLES) & ~covered, output_field=BooleanField())
    return participants.annotate(lacks_consent=lacking)


def members(request, plan_id):
    plan = managed_plan(request, plan_id)
    query = request.GET.get("q", "")
    context = {
        "plan": plan,
        "participants": with_consent_status(plan.participants.select_related("user", "invitation")).order_by("pk"),
        "query": query,
        "matches": find_people(plan, query),
        "history": history(plan),
    }
    return TemplateResponse(request, "planpages/members/index.html", context)


def refuse(form, error):
    form.add_error(None, error.messages[0] if hasattr(error, "messages") else str(error))


@require_http_methods(["GET", "POST"])
def add_member(request, plan_id):
    plan = managed_plan(request, plan_id)
    if plan.is_closed:
        messages.error(request, _("Planen er avsluttet. Ingen nye deltakere kan legges til."))
        return redirect(members_url(plan))
    findable = findable_people(municipality_of(plan)).exclude(plan_participations__page=plan)
    form = AddParticipantForm(request.POST or None, findable=findable, initial={"person": request.GET.get("person")})
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form._meta.fields}
        try:
            added = participation.add_participant(plan, request.user, user=form.cleaned_data["person"], **fields)
        except ValidationError as error:
            refuse(form, error)
        else:
            messages.success(request, _("%(name)s er lagt til i ansvarsgruppen.") % {"name": added.display_name})
            return redirect(members_url(plan))
    person = findable.filter(pk=form["person"].value()).first() if str(form["person"].value()).isdigit() else None
    if person is None and request.method == "GET":
        raise Http404
    return TemplateResponse(request, "planpages/members/add.html", {"plan": plan, "form": form, "person": person})


@require_http_methods(["GET", "POST"])
def change_member(request, plan_id, participant_id):
    plan = managed_plan(request, plan_id)
    participant = get_object_or_404(plan.participants.select_related("user"), pk=participant_id)
    if request.method == "POST" and "end" in request.POST:
        return end_member(request, plan, participant)
    form = ChangeParticipantForm(request.POST or None, instance=participant)
    if request.method == "POST" and form.is_valid():
        changes, seen = form.changes()
        try:
            participation.change_participant(participant, request.user, expected=seen, **changes)
        except ValidationError as error:
            refuse(form, error)
        else:
            messages.success(request, _("Endringen for %(name)s er lagret.") % {"name": participant.display_name})
            return redirect(members_url(plan))
    context = {"plan": plan, "participant": participant, "form": form}
    return TemplateResponse(request, "planpages/members/change.html", context)


def end_member(request, plan, participant):
    participation.end_participation(participant, request.user)
    messages.success(request, _("Tilgangen til %(name)s er avsluttet.") % {"name": participant.display_name})
    return redirect(members_url(plan))
