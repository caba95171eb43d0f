"""Sign-in, second factor, lockout, sessions, security headers and API keys. Knows nothing of plans."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Kontoer og innlogging")

    def ready(self):
        from accounts import checks, signals  # noqa: F401
