"""E-mail notifications: who is told what, delivery by background tasks, the settings page, the e-mail commands."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Varsler")

    def ready(self):
        from notifications import signal_handlers  # noqa: F401
