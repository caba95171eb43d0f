from wagtail.snippets.models import register_snippet

from .views import PlanTemplateViewSet

register_snippet(PlanTemplateViewSet)
