"""The plan as PDF/A, its archive copies, as FHIR, and a person's own copy («Mine data»)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "exports"
    verbose_name = _("Utskrift og arkiv")

    def ready(self):
        from exports import signal_handlers  # noqa: F401
