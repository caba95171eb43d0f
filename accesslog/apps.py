"""The access log (innsynslogg): recording every read, the owner's page, the operator's export, purge."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessLogConfig(AppConfig):
    name = "accesslog"
    verbose_name = _("Innsynslogg")

    def ready(self):
        from accesslog import signal_handlers  # noqa: F401
