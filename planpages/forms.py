"""The coordinator's editor form for a plan."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField

from planpages.blocks import body_block_for
from planpages.plan_types import PlanStatus


class PlanPageForm(WagtailAdminPageForm):
    """Offers only the blocks of the plan's type, and refuses changes to a closed plan."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan_type = self.instance.plan_type
        if plan_type and "body" in self.fields:
            field = self.fields["body"]
            self.fields["body"] = BlockField(
                block=body_block_for(plan_type), required=field.required, label=field.label
            )

    def clean(self):
        cleaned_data = super().clean()
        reopening = cleaned_data.get("status") not in (None, PlanStatus.CLOSED)
        if self.instance.pk and not reopening and self._stored_status() == PlanStatus.CLOSED:
            raise forms.ValidationError(
                _("Planen er avsluttet og kan ikke endres. Kontakt den lokale administratoren om den må åpnes igjen.")
            )
        self._refuse_participant_deletion()
        return cleaned_data

    def _refuse_participant_deletion(self):
        """Nobody is removed from the ansvarsgruppe by deleting their row: it ends with a date."""
        formset = self.formsets.get("participants")
        if formset is not None and formset.is_valid() and any(form.instance.pk for form in formset.deleted_forms):
            raise forms.ValidationError(
                _(
                    "Deltakere kan ikke slettes fra ansvarsgruppen. Sett «tilgang til og med» til i dag "
                    "for å avslutte tilgangen, så bevares historikken."
                )
            )

    def _stored_status(self):
        return type(self.instance).objects.filter(pk=self.instance.pk).values_list("status", flat=True).first()
