"""The invitation forms. The identity number is checked here and only its keyed digest leaves
the form; it is not written back into the page when the form is shown again with an error."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import fields_for_model
from django.utils.translation import gettext_lazy as _

from accounts.identity import pid_digest
from planpages.members.forms import DATE_WIDGET, PARTICIPATION_FIELDS
from planpages.models import PlanParticipant

NORWEGIAN_MOBILE = re.compile(r"[49]\d{7}")
INTERNATIONAL = re.compile(r"\+\d{8,15}")


class NotRedisplayed(forms.TextInput):
    def format_value(self, value):
        return None


class InvitationForm(forms.Form):
    name = forms.CharField(label=_("Navn"), max_length=200, help_text=_("Fornavn og etternavn."))
    pid = forms.CharField(
        label=_("Fødselsnummer"),
        help_text=_("11 siffer. Brukes bare til å kjenne igjen personen når hen logger inn med ID-porten."),
        widget=NotRedisplayed(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )
    email = forms.EmailField(label=_("E-postadresse"), required=False)
    phone = forms.CharField(
        label=_("Mobilnummer"),
        required=False,
        max_length=20,
        help_text=_("Invitasjonen sendes på e-post, SMS eller begge. Fyll ut minst én av dem."),
    )

    def clean_pid(self):
        return pid_digest(self.cleaned_data["pid"])

    def clean_phone(self):
        number = re.sub(r"[\s-]", "", self.cleaned_data["phone"])
        if NORWEGIAN_MOBILE.fullmatch(number):
            return "+47" + number
        if number and not INTERNATIONAL.fullmatch(number):
            raise ValidationError(_("Skriv et mobilnummer med 8 siffer, eventuelt med landskode (+47)."))
        return number

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("email") or cleaned.get("phone")):
            raise ValidationError(_("Skriv en e-postadresse eller et mobilnummer, så invitasjonen kommer fram."))
        return cleaned

    def invitation(self):
        """What the invitation services take: name, the digest, and where to send it."""
        data = self.cleaned_data
        return {"name": data["name"], "pid_digest": data["pid"], "email": data["email"], "phone": data["phone"]}


class PlanInvitationForm(InvitationForm):
    """An invitation to a plan, with the participation the person gets."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        widgets = {"access_until": DATE_WIDGET}
        self.fields.update(fields_for_model(PlanParticipant, PARTICIPATION_FIELDS, widgets=widgets))

    def participation(self):
        return {name: self.cleaned_data[name] for name in PARTICIPATION_FIELDS}
