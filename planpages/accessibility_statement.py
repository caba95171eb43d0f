"""The accessibility statement (tilgjengelighetserklæring) the universal design regulations require."""

from django.conf import settings
from django.views.generic import TemplateView


class AccessibilityStatementView(TemplateView):
    template_name = "accessibility_statement.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact_email=settings.ACCESSIBILITY_CONTACT_EMAIL, **kwargs)
