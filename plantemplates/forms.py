"""The plan template editor form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks import BlockField

from planpages.blocks import bound_body_block
from planpages.plan_links import PlanLinks
from planpages.tenancy import administered_municipalities
from plantemplates.blocks import guidance_block_for


def narrowed_stream_field(field, block):
    return BlockField(block=block, required=field.required, label=field.label, help_text=field.help_text)


class PlanTemplateForm(WagtailAdminModelForm):
    """Offers exactly the blocks of the template's plan type, and only the municipalities the
    user administers (national templates are the operator's)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan_type = self.instance.plan_type
        if plan_type:
            self.fields["body"] = narrowed_stream_field(
                self.fields["body"], bound_body_block(plan_type, PlanLinks(self.instance))
            )
            self.fields["guidance"] = narrowed_stream_field(self.fields["guidance"], guidance_block_for(plan_type))
        operator = self.for_user is not None and self.for_user.is_superuser
        field = self.fields["municipality"]
        self.fields["municipality"] = forms.ModelChoiceField(
            queryset=administered_municipalities(self.for_user),
            required=not operator,
            empty_label=_("Nasjonal mal (alle kommuner)") if operator else None,
            label=field.label,
            help_text=field.help_text if operator else "",
        )
