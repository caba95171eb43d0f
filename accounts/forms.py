"""Forms for signing in, for the second factor and for account changes that need the password again."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _


class CurrentPasswordMixin:
    """Re-authentication: a change to the account needs the current password."""

    current_password_error = _("Passordet stemmer ikke. Skriv inn passordet du logger inn med.")

    def add_current_password_field(self):
        self.fields["current_password"] = forms.CharField(
            label=_("Nåværende passord"),
            strip=False,
            max_length=4096,
            widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            error_messages={"required": _("Skriv inn passordet ditt for å bekrefte at det er deg.")},
        )

    def clean_current_password(self):
        password = self.cleaned_data["current_password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(self.current_password_error)
        return password


class TokenField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Kode"),
            max_length=20,
            widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
            error_messages={
                "required": _("Skriv inn koden."),
                "max_length": _("Koden er for lang. Den har seks sifre, eller ti tegn for en gjenopprettingskode."),
            },
            **kwargs,
        )


class VerifyForm(forms.Form):
    token = TokenField(help_text=_("Sekssifret kode fra autentiseringsappen, eller en av gjenopprettingskodene dine."))


class EnrolForm(CurrentPasswordMixin, forms.Form):
    """Setting up an authenticator. Replacing one that exists needs the password again."""

    token = TokenField(help_text=_("Skriv inn den sekssifrede koden appen viser etter at du har skannet QR-koden."))

    def __init__(self, *args, user, replacing, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if replacing:
            self.add_current_password_field()


class EmailChangeForm(CurrentPasswordMixin, forms.Form):
    email = forms.EmailField(
        label=_("Ny e-postadresse"),
        max_length=254,
        error_messages={
            "required": _("Skriv inn en e-postadresse."),
            "invalid": _("Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no."),
            "max_length": _("E-postadressen er for lang."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.add_current_password_field()


class PasswordChangeForm(CurrentPasswordMixin, SetPasswordForm):
    """Django's SetPasswordForm with the current password first and Norwegian messages."""

    error_messages = {**SetPasswordForm.error_messages, "password_mismatch": _("De to nye passordene er ikke like.")}

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["new_password1"].label = _("Nytt passord")
        self.fields["new_password1"].help_text = password_validation.password_validators_help_text_html()
        self.fields["new_password2"].label = _("Gjenta nytt passord")
        self.add_current_password_field()
        self.order_fields(["current_password", "new_password1", "new_password2"])


class SignInForm(auth_forms.AuthenticationForm):
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "Feil brukernavn eller passord. Sjekk at du har skrevet riktig "
            "(store og små bokstaver teller), og prøv igjen."
        ),
        "inactive": _("Kontoen er deaktivert. Kontakt den lokale administratoren i kommunen din."),
    }

    def clean_username(self):
        # AuthenticationForm sets max_length after the field is built, so Django never checks
        # it; an over-long name would reach the lockout table (255 characters) and fail there.
        username = self.cleaned_data["username"]
        if len(username) > self.fields["username"].max_length:
            raise forms.ValidationError(
                _("Brukernavnet kan ha høyst %(limit)d tegn."), params={"limit": self.fields["username"].max_length}
            )
        return username
