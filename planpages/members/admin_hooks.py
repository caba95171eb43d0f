"""Wires the membership screen into the admin: its URLs, a button on the plan's editor and in
the explorer, and readable history entries. Imported by planpages/wagtail_hooks.py."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from planpages import participation
from planpages.members import urls
from planpages.models import PlanPage


@hooks.register("register_admin_urls")
def register_members_urls():
    return [path("", include(urls, namespace="plan_members"))]


class MembersButton(PageMenuItem):
    label = _("Ansvarsgruppe")
    icon_name = "group"

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, PlanPage) and (
            user.is_superuser or self.page.specific_deferred.coordinator_id == user.pk
        )

    @property
    def url(self):
        return reverse("plan_members:index", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def members_header_button(page, user, view_name, next_url=None):
    yield MembersButton(page=page, priority=12)


@hooks.register("register_page_listing_more_buttons")
def members_listing_button(page, user, next_url=None):
    yield MembersButton(page=page, priority=12)


class ParticipationFormatter(LogFormatter):
    def format_message(self, log_entry):
        return self.message % {"name": log_entry.data.get("name", "")}


HISTORY_TEXTS = {
    participation.ADDED: (_("Deltaker lagt til"), _("%(name)s ble lagt til i ansvarsgruppen")),
    participation.CHANGED: (_("Deltaker endret"), _("Deltakelsen til %(name)s ble endret")),
    participation.ENDED: (_("Tilgang avsluttet"), _("Tilgangen til %(name)s ble avsluttet")),
    participation.LINKED: (_("Invitasjon tatt i bruk"), _("%(name)s logget inn og ble koblet til planen")),
}


@hooks.register("register_log_actions")
def register_membership_log_actions(actions):
    for action, (label, message) in HISTORY_TEXTS.items():
        actions.register_action(action)(
            type("Formatter", (ParticipationFormatter,), {"label": label, "message": message})
        )
