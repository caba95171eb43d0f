"""Forms for the Stafettlogg baton and its bright spots and concerns (see collaboration.baton)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from collaboration.forms import PlanForm, text_field
from planpages.models import BatonNoteKind


class HandoverForm(PlanForm):
    id_prefix = "baton"
    to = forms.TypedChoiceField(
        label=_("Gi stafettloggen videre til"),
        coerce=int,
        error_messages={
            "required": _("Velg hvem som skal ta over stafettloggen."),
            "invalid_choice": _("Stafettloggen kan bare gis til koordinatoren eller en deltaker i planen."),
        },
    )

    def __init__(self, data=None, files=None, *, plan, recipients=(), **kwargs):
        super().__init__(data, files, plan=plan, **kwargs)
        self.fields["to"].choices = [("", _("Velg en person")), *((p.pk, p.get_full_name()) for p in recipients)]


class OfferAnswerForm(PlanForm):
    """Accept, decline or withdraw: `based_on` is the offer the page showed, so an answer to
    an offer that has since been replaced or withdrawn is refused instead of taken as the new one."""

    id_prefix = "baton_answer"
    based_on = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1, max_value=2**31 - 1)


class BatonNoteForm(PlanForm):
    id_prefix = "baton_note"
    kind = forms.ChoiceField(
        label=_("Hva vil du skrive?"),
        choices=BatonNoteKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Velg lysglimt eller undring/bekymring."),
            "invalid_choice": _("Velg lysglimt eller undring/bekymring."),
        },
    )
    text = text_field(_("Tekst"), 10_000)
