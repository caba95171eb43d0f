from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from exports import admin_urls
from exports.noark5.access import EXPORT_ACTION


@hooks.register("register_admin_urls")
def register_exports_admin_urls():
    return [path("", include(admin_urls, namespace="exports"))]


@hooks.register("register_log_actions")
def register_export_log_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Eksportere til arkivet"), _("Planen er eksportert som Noark 5-uttrekk"))
