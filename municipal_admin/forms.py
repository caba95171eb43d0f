from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from planpages.people import display_name


class CoordinatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return f"{display_name(user)} ({user.username})"


class HandoverForm(forms.Form):
    coordinator = CoordinatorChoiceField(
        label=_("Ny koordinator"),
        queryset=get_user_model().objects.none(),
        empty_label=_("Velg ny koordinator"),
        help_text=_(
            "Bare aktive koordinatorer i kommunen som har logget inn selv minst én gang, kan velges. "
            "Du kan ikke overføre en plan til deg selv."
        ),
    )

    # The coordinator the confirmation page was shown with: a handover confirmed after someone
    # else moved the plan is refused instead of moving it again.
    from_coordinator = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, coordinators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordinator"].queryset = coordinators
