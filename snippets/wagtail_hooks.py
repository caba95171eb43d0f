from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PlanTemplate


class PlanTemplateViewSet(SnippetViewSet):
    model = PlanTemplate
    icon = "doc-full"
    menu_label = _("Planmaler")
    add_to_admin_menu = True
    list_display = ["name", "plan_type", "municipality", "active"]
    list_filter = ["plan_type", "active"]


register_snippet(PlanTemplateViewSet)
