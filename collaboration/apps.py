"""The plan page and everything participants write: forms, views, the one write path, the meeting calendar."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollaborationConfig(AppConfig):
    name = "collaboration"
    verbose_name = _("Samarbeid")
