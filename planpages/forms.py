"""The coordinator's editor form for a plan."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField

from planpages.blocks import bound_body_block, retired_blocks_in
from planpages.plan_links import PlanLinks
from planpages.plan_types import PlanStatus
from planpages.template_guidance import PLACEHOLDER_REFUSAL, placeholders_left


class PlanPageForm(WagtailAdminPageForm):
    """Offers only the blocks of the plan's type, with the plan's own goals and people to choose
    in measures and meetings, and refuses changes to a closed plan."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan_type = self.instance.plan_type
        if plan_type and "body" in self.fields:
            field = self.fields["body"]
            retired = retired_blocks_in(child.block_type for child in self.instance.body)
            self.fields["body"] = BlockField(
                block=bound_body_block(plan_type, PlanLinks(self.instance), retired),
                required=field.required,
                label=field.label,
            )

    def clean(self):
        cleaned_data = super().clean()
        reopening = cleaned_data.get("status") not in (None, PlanStatus.CLOSED)
        if self.instance.pk and not reopening and self._stored_status() == PlanStatus.CLOSED:
            raise forms.ValidationError(
                _("Planen er avsluttet og kan ikke endres. Kontakt den lokale administratoren om den må åpnes igjen.")
            )
        if self.data.get("action-publish") and cleaned_data.get("body") is not None:
            self._refuse_template_placeholders(cleaned_data["body"])
        return cleaned_data

    def _refuse_template_placeholders(self, body):
        template = self.instance.template if self.instance.template_id else None
        left = placeholders_left(body.get_prep_value(), template)
        if left:
            self.add_error("body", PLACEHOLDER_REFUSAL % {"text": left[0]})

    def _stored_status(self):
        return type(self.instance).objects.filter(pk=self.instance.pk).values_list("status", flat=True).first()
