"""The plan domain's core: every model, blocks and enums, the access rule, membership sync,
tenancy, routing shortcuts, the dashboard and the admin's privacy hooks."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_home_page(sender, **kwargs):
    from planpages.site_setup import ensure_home_page

    ensure_home_page()


class PlanPagesConfig(AppConfig):
    name = "planpages"
    verbose_name = _("Planer")

    def ready(self):
        from planpages import signal_handlers  # noqa: F401
        from planpages.admin_filters import narrow_user_filters

        narrow_user_filters()

        post_migrate.connect(create_home_page, sender=self)
