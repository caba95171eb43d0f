"""The demo world (seed_demo) and the national-scale load generator (seed_load)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Demodata")
