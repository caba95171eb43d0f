from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import locked_accounts
from .lockout import can_unlock_accounts


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("sperrede-kontoer/", locked_accounts, name="accounts_locked_accounts")]


class LockedAccountsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock_accounts(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_accounts_menu_item():
    return LockedAccountsMenuItem(_("Sperrede kontoer"), reverse("accounts_locked_accounts"), icon_name="lock")
