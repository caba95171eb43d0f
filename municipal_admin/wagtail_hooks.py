from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail_modeladmin.options import modeladmin_register

from . import views
from .handover import HANDOVER_ACTION
from .plan_register import PlanRegisterAdmin
from .scope import is_municipal_administrator

modeladmin_register(PlanRegisterAdmin)


@hooks.register("register_admin_urls")
def register_municipal_admin_urls():
    return [
        path("kommune/koordinatorer/", views.coordinator_list, name="municipal_admin_coordinators"),
        path("kommune/koordinatorer/ny/", views.coordinator_create, name="municipal_admin_coordinator_create"),
        path(
            "kommune/koordinatorer/<int:user_id>/deaktiver/",
            views.coordinator_deactivate,
            name="municipal_admin_coordinator_deactivate",
        ),
        path(
            "kommune/koordinatorer/<int:user_id>/aktiver/",
            views.coordinator_reactivate,
            name="municipal_admin_coordinator_reactivate",
        ),
        path("kommune/planer/<int:plan_id>/overfor/", views.plan_handover, name="municipal_admin_plan_handover"),
        path("kommune/statistikk/", views.statistics, name="municipal_admin_statistics"),
    ]


class MunicipalAdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_municipal_administrator(request.user)


@hooks.register("register_admin_menu_item")
def register_municipality_menu():
    items = [
        MunicipalAdministratorMenuItem(
            _("Koordinatorer"), reverse_lazy("municipal_admin_coordinators"), icon_name="group", order=100
        ),
        MunicipalAdministratorMenuItem(
            _("Statistikk"), reverse_lazy("municipal_admin_statistics"), icon_name="table", order=200
        ),
    ]
    return SubmenuMenuItem(_("Kommunen"), Menu(items=items), icon_name="home", order=205)


@hooks.register("register_log_actions")
def register_municipal_admin_log_actions(actions):
    actions.register_action(HANDOVER_ACTION, _("Overføre plan"), _("Planen er overført til en annen koordinator"))
    actions.register_action(views.ACCOUNT_DEACTIVATED, _("Deaktivere konto"), _("Kontoen er deaktivert"))
    actions.register_action(views.ACCOUNT_REACTIVATED, _("Aktivere konto"), _("Kontoen er aktivert igjen"))
