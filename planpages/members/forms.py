"""Forms of the membership screen. The change form carries the values it was opened with
(Django's hidden initials), so a stale form changes only what its user changed, and the
service refuses when someone else changed that same field in the meantime."""

from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from planpages.models import PlanParticipant

PARTICIPATION_FIELDS = ["role", "access", "profession", "organisation", "access_until"]
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class AddParticipantForm(forms.ModelForm):
    person = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    class Meta:
        model = PlanParticipant
        fields = PARTICIPATION_FIELDS
        widgets = {"access_until": DATE_WIDGET}

    def __init__(self, *args, findable, **kwargs):
        super().__init__(*args, **kwargs)
        # Only people the coordinator could have found: an id from elsewhere is refused.
        self.fields["person"].queryset = findable
        self.fields["person"].error_messages["invalid_choice"] = _(
            "Personen finnes ikke blant dem du kan legge til. Søk etter personen på nytt."
        )


class ChangeParticipantForm(forms.ModelForm):
    class Meta:
        model = PlanParticipant
        fields = PARTICIPATION_FIELDS
        widgets = {"access_until": DATE_WIDGET}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.show_hidden_initial = True

    def hidden_initials(self):
        """The values the form was opened with (Wagtail's field template renders the widget only)."""
        return mark_safe("".join(self[name].as_hidden(only_initial=True) for name in self.fields))  # noqa: S308

    def seen_value(self, name):
        field = self.fields[name]
        raw = field.hidden_widget().value_from_datadict(self.data, self.files, self.add_initial_prefix(name))
        try:
            return field.to_python(raw)
        except forms.ValidationError:
            return None

    def changes(self):
        """What the user changed, and what they saw before changing it."""
        changes = {name: self.cleaned_data[name] for name in self.changed_data}
        return changes, {name: self.seen_value(name) for name in changes}
