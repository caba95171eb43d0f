from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import privacy_hooks  # noqa: F401 - registers the privacy hooks and the page permission policy
from .access_log_export import access_log_export
from .admin_views import create_plan
from .models import PlanPage


@hooks.register("register_admin_urls")
def register_plan_admin_urls():
    return [
        path("plans/new/<int:parent_id>/", create_plan, name="planpages_create_plan"),
        path("access-log/export/", access_log_export, name="planpages_access_log_export"),
    ]


class OperatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_access_log_export_menu_item():
    return OperatorMenuItem(
        _("Eksport av tilgangslogg"), reverse("planpages_access_log_export"), icon_name="download", order=900
    )


@hooks.register("before_create_page")
def choose_type_and_template_first(request, parent_page, page_class):
    """Wagtail's own add-page form cannot know the plan type: send the coordinator to our step."""
    if page_class is PlanPage:
        return redirect("planpages_create_plan", parent_page.pk)
    return None
