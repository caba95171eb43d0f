"""The JSON API (v3) on Wagtail's ninja machinery, and its token command."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")
