"""The coordinator's editor form for a plan."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField

from planpages.blocks import body_block_for, retired_blocks_in
from planpages.plan_types import PlanStatus


class PlanPageForm(WagtailAdminPageForm):
    """Offers only the blocks of the plan's type, and refuses changes to a closed plan."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan_type = self.instance.plan_type
        if plan_type and "body" in self.fields:
            field = self.fields["body"]
            retired = retired_blocks_in(child.block_type for child in self.instance.body)
            self.fields["body"] = BlockField(
                block=body_block_for(plan_type, retired), required=field.required, label=field.label
            )

    def clean(self):
        cleaned_data = super().clean()
        reopening = cleaned_data.get("status") not in (None, PlanStatus.CLOSED)
        if self.instance.pk and not reopening and self._stored_status() == PlanStatus.CLOSED:
            raise forms.ValidationError(
                _("Planen er avsluttet og kan ikke endres. Kontakt den lokale administratoren om den må åpnes igjen.")
            )
        return cleaned_data

    def _stored_status(self):
        return type(self.instance).objects.filter(pk=self.instance.pk).values_list("status", flat=True).first()
