"""The plan as PDF/A and its archive copies."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "exports"
    verbose_name = _("Utskrift og arkiv")

    def ready(self):
        from exports import signal_handlers  # noqa: F401
