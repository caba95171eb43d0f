"""Plan templates (planmaler) a municipality maintains, and the new-plan flow that starts from one."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanTemplatesConfig(AppConfig):
    name = "plantemplates"
    # The label of the app's first home, so its tables, migrations and content types stay.
    label = "snippets"
    verbose_name = _("Registre")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from plantemplates.models import PlanTemplate
        from plantemplates.permissions import PlanTemplatePermissionPolicy

        register_permission_policy(PlanTemplate, PlanTemplatePermissionPolicy(PlanTemplate))
