"""The coordinator's first step in the admin: choose a plan type, then a template."""

import uuid

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from planpages.models import PlanIndexPage, PlanPage
from planpages.plan_types import PlanType
from planpages.template_guidance import without_instructions
from plantemplates.models import PlanTemplate


class PlanTypeForm(forms.Form):
    plan_type = forms.ChoiceField(
        label=_("Plantype"),
        choices=PlanType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Velg en plantype.")},
    )


class NewPlanForm(PlanTypeForm):
    template = forms.ModelChoiceField(
        label=_("Planmal"),
        queryset=PlanTemplate.objects.none(),
        required=False,
        empty_label=_("Ingen mal – start med en tom plan"),
        help_text=_("Malens innhold kopieres inn i planen. Senere endringer i malen påvirker ikke planen."),
    )
    person_name = forms.CharField(label=_("Navn på personen planen gjelder"), max_length=200)

    def __init__(self, *args, municipality, plan_type, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan_type"].widget = forms.HiddenInput()
        self.fields["template"].queryset = PlanTemplate.objects.offered_to(municipality, plan_type)


def create_plan(request, parent_id):
    index = get_object_or_404(PlanIndexPage, pk=parent_id)
    if not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    municipality = index.get_parent().specific
    type_form = PlanTypeForm(request.GET or None)
    if not type_form.is_valid():
        return TemplateResponse(
            request, "plantemplates/admin/choose_plan_type.html", {"form": type_form, "index": index}
        )
    plan_type = type_form.cleaned_data["plan_type"]
    form = NewPlanForm(
        request.POST or None, initial={"plan_type": plan_type}, municipality=municipality, plan_type=plan_type
    )
    if request.method == "POST" and form.is_valid():
        plan = start_plan(index, request.user, plan_type, form.cleaned_data)
        return redirect("wagtailadmin_pages:edit", plan.pk)
    return TemplateResponse(
        request,
        "plantemplates/admin/new_plan.html",
        {"form": form, "index": index, "plan_type_label": PlanType(plan_type).label},
    )


def fresh_block_ids(raw_blocks):
    """A plan's blocks get their own ids, so no id is shared with the template or another plan;
    a measure's links to the template's goals follow their goals to the new ids. Instruction
    texts stay in the template (shown to the coordinator as guidance), out of the plan."""
    new_ids = {block.get("id"): str(uuid.uuid4()) for block in raw_blocks}
    return [relinked({**without_instructions(block), "id": new_ids[block.get("id")]}, new_ids) for block in raw_blocks]


def relinked(block, new_ids):
    if block["type"] != "measure" or not block["value"].get("goals"):
        return block
    goals = [
        {**item, "value": new_ids.get(item["value"], item["value"])}
        if isinstance(item, dict)
        else new_ids.get(item, item)
        for item in block["value"]["goals"]
    ]
    return {**block, "value": {**block["value"], "goals": goals}}


@transaction.atomic
def start_plan(index, user, plan_type, data):
    """Create the plan as a draft, its content copied from the template."""
    template = data.get("template")
    plan = PlanPage(
        plan_type=plan_type,
        person_name=data["person_name"],
        coordinator=user,
        owner=user,
        live=False,
        template=template,
        body=fresh_block_ids(template.body.raw_data) if template else [],
    )
    index.add_child(instance=plan)
    plan.save_revision(user=user, log_action=True)
    return plan
