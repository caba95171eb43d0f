from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accesslog import admin_urls


@hooks.register("register_admin_urls")
def register_access_log_admin_urls():
    return [path("", include(admin_urls, namespace="accesslog"))]


class OperatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_access_log_export_menu_item():
    return OperatorMenuItem(_("Eksport av tilgangslogg"), reverse("accesslog:export"), icon_name="download", order=900)
