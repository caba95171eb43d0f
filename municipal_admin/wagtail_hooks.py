from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail_modeladmin.options import modeladmin_register

from municipal_admin import admin_urls, views
from municipal_admin.handover import HANDOVER_ACTION
from municipal_admin.locked_accounts import can_unlock_accounts
from municipal_admin.plan_register import PlanRegisterAdmin
from planpages.tenancy import is_municipal_administrator

modeladmin_register(PlanRegisterAdmin)


@hooks.register("register_admin_urls")
def register_municipal_admin_urls():
    return [path("", include(admin_urls, namespace="municipal_admin"))]


class MunicipalAdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_municipal_administrator(request.user)


@hooks.register("register_admin_menu_item")
def register_municipality_menu():
    items = [
        MunicipalAdministratorMenuItem(
            _("Koordinatorer"), reverse_lazy("municipal_admin:coordinators"), icon_name="group", order=100
        ),
        MunicipalAdministratorMenuItem(
            _("Statistikk"), reverse_lazy("municipal_admin:statistics"), icon_name="table", order=200
        ),
    ]
    return SubmenuMenuItem(_("Kommunen"), Menu(items=items), icon_name="home", order=205)


@hooks.register("register_log_actions")
def register_municipal_admin_log_actions(actions):
    actions.register_action(HANDOVER_ACTION, _("Overføre plan"), _("Planen er overført til en annen koordinator"))
    actions.register_action(views.ACCOUNT_DEACTIVATED, _("Deaktivere konto"), _("Kontoen er deaktivert"))
    actions.register_action(views.ACCOUNT_REACTIVATED, _("Aktivere konto"), _("Kontoen er aktivert igjen"))


class LockedAccountsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock_accounts(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_accounts_menu_item():
    return LockedAccountsMenuItem(_("Sperrede kontoer"), reverse("municipal_admin:locked_accounts"), icon_name="lock")
