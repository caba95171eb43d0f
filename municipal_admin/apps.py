"""Local administration: coordinators, the plan register and handover, statistics, locked accounts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalAdminConfig(AppConfig):
    name = "municipal_admin"
    verbose_name = _("Kommuneadministrasjon")
