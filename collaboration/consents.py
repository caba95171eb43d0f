"""Consent (samtykke) from the plan page and the API: the form, and the two writes over
planpages.consenting, which stores the rows and re-syncs access. The owner side gives or refuses
consent for the participants it chooses and withdraws what it gave."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.oidc.views import ACR_SESSION_KEY
from accounts.two_factor import PROVIDER_SESSION_KEY
from collaboration.forms import PlanForm
from collaboration.services import InvalidWrite, WriteRefused
from planpages.access import OWNER_SIDE_ROLES
from planpages.consenting import ConsentRefused, decide_consent, withdraw_consent
from planpages.models import Consent

GIVE, REFUSE = "give", "refuse"
DECISIONS = (GIVE, REFUSE)
OWNER_SIDE_ONLY = _("Bare planeieren eller en foresatt kan gi eller nekte samtykke til planen.")
PASSWORD = "passord"  # noqa: S105 - the name of a sign-in method, not a secret


class ConsentForm(PlanForm):
    id_prefix = "consent"
    decision = forms.ChoiceField(
        choices=((GIVE, _("Gi samtykke")), (REFUSE, _("Ikke gi samtykke"))),
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Velg om du gir samtykke eller ikke."),
            "invalid_choice": _("Velg om du gir samtykke eller ikke."),
        },
    )
    covers = forms.TypedMultipleChoiceField(
        label=_("Hvem i ansvarsgruppen gjelder samtykket?"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Velg bare deltakere som er med i ansvarsgruppen nå.")},
    )
    valid_until = forms.DateField(
        label=_("Samtykket gjelder til og med"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå.")},
    )

    def __init__(self, data=None, files=None, *, plan, participants=(), **kwargs):
        super().__init__(data, files, plan=plan, **kwargs)
        self.fields["covers"].choices = [(p.pk, p.display_name) for p in participants]

    def clean(self):
        data = super().clean()
        if data.get("decision") == GIVE:
            if not data.get("covers") and "covers" not in self.errors:
                self.add_error("covers", _("Velg hvilke deltakere i ansvarsgruppen samtykket gjelder."))
            if not data.get("valid_until") and "valid_until" not in self.errors:
                self.add_error("valid_until", _("Velg datoen samtykket gjelder til og med."))
        return data


def coverable(access):
    """The plan's current participants besides the owner side, who need no consent."""
    today = timezone.localdate()
    return [
        p
        for p in access.participants
        if p.user_id
        and p.user.is_active
        and (p.access_until is None or p.access_until >= today)
        and p.role not in OWNER_SIDE_ROLES
    ]


def sign_in_of(request):
    """(method, level) of the request's sign-in: the provider and its acr, or password."""
    provider = request.session.get(PROVIDER_SESSION_KEY) if hasattr(request, "session") else None
    if provider:
        return provider, request.session.get(ACR_SESSION_KEY, "")
    return PASSWORD, ""


def _refusal(refusal):
    return WriteRefused(refusal.message, status=refusal.status)


def decide(plan, access, data, sign_in):
    """Give or refuse consent as the signed-in owner side; the new Consent row."""
    if not access.is_plan_owner_side:
        raise WriteRefused(OWNER_SIDE_ONLY)
    form = ConsentForm(data, plan=plan, participants=coverable(access))
    if not form.is_valid():
        raise InvalidWrite(form)
    fields = form.cleaned_data
    try:
        return decide_consent(
            plan,
            access.user,
            given=fields["decision"] == GIVE,
            covers=fields["covers"],
            valid_until=fields["valid_until"],
            sign_in=sign_in,
        )
    except ConsentRefused as refusal:
        raise _refusal(refusal) from None
    except ValidationError as error:
        form.add_error(None, error)
        raise InvalidWrite(form) from None


def withdraw(plan, access, consent_id):
    consent = Consent.objects.filter(plan=plan, pk=consent_id).first()
    if consent is None:
        raise WriteRefused(_("Fant ikke samtykket."), status=404)
    try:
        return withdraw_consent(consent, access.user)
    except ConsentRefused as refusal:
        raise _refusal(refusal) from None
    except ValidationError as error:
        raise WriteRefused(error.messages[0], status=409) from None
