from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SnippetsConfig(AppConfig):
    name = "snippets"
    verbose_name = _("Registre")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import PlanTemplate
        from .permissions import PlanTemplatePermissionPolicy

        register_permission_policy(PlanTemplate, PlanTemplatePermissionPolicy(PlanTemplate))
