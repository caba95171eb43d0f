"""Wagtail hooks that hold the plan access rule in the admin, in the page serve chain and in
document serving. Imported by wagtail_hooks.py; every hook asks planpages/permissions.py."""

from django.contrib import messages
from django.http import Http404
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views.home import (
    LockedPagesPanel,
    RecentEditsPanel,
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import AbstractPage, Page
from wagtail.permissions import register_permission_policy

from planpages import consenting, my_plans  # noqa: F401 (registers "Mine planer")
from planpages.access import restrictions_accept, without_hidden_plans
from planpages.admin_policy import PlanAwarePagePermissionPolicy
from planpages.bulk_actions import BULK_ACTIONS
from planpages.consent_status import has_current_consent, participants_without_consent
from planpages.members import admin_hooks  # noqa: F401 (registers the membership screen)
from planpages.models import PlanPage

register_permission_policy(AbstractPage, PlanAwarePagePermissionPolicy())


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_own_plans_only(parent_page, pages, request):
    return without_hidden_plans(request.user, pages)


@hooks.register("construct_page_chooser_queryset")
def chooser_offers_own_plans_only(pages, request):
    return without_hidden_plans(request.user, pages)


# After Wagtail's own (order 0): a later bulk action of the same name replaces the earlier.
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("construct_reports_menu")
def page_types_report_for_the_operator_only(request, menu_items):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# Where each dashboard panel keeps its pages, and how to reach the page from one item.
PANEL_PAGES = {
    RecentEditsPanel: ("last_edits", lambda item: item[1]),
    LockedPagesPanel: ("locked_pages", lambda page: page),
    UserObjectsInWorkflowModerationPanel: ("workflow_states", lambda state: state.content_object),
    WorkflowObjectsToModeratePanel: ("states", lambda state: state["obj"]),
}


def visible_items(user, items, page_of):
    items = list(items)
    page_ids = {page_of(item).pk for item in items if isinstance(page_of(item), Page)}
    visible = set(without_hidden_plans(user, Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True))
    return [item for item in items if not isinstance(page_of(item), Page) or page_of(item).pk in visible]


class OwnPlansOnlyPanel:
    """Mixed into a dashboard panel: drops the plans the user does not manage from its list."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        key, page_of = PANEL_PAGES[self.panel_class]
        context[key] = visible_items(parent_context["request"].user, context[key], page_of)
        return context


@hooks.register("construct_homepage_panels")
def dashboard_panels_show_own_plans_only(request, panels):
    for position, panel in enumerate(panels):
        panel_class = type(panel)
        if panel_class in PANEL_PAGES:
            filtered = type(panel_class.__name__, (OwnPlansOnlyPanel, panel_class), {"panel_class": panel_class})
            panels[position] = filtered()


class OwnPagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count, less the plans the user does not manage."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        root = get_site_for_user(self.request.user)["root_page"]
        if root:
            pages = Page.objects.descendant_of(root, inclusive=True).exclude(depth=1)
            context["total_pages"] = without_hidden_plans(self.request.user, pages).count()
        return context


@hooks.register("construct_homepage_summary_items", order=1)
def dashboard_counts_own_plans_only(request, items):
    items[:] = [OwnPagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items]


@hooks.register("on_serve_page", order=-1)
def plan_restrictions_answer_not_found(serve):
    """PlanPage.route has already applied the access rule. Should Wagtail's group restriction
    still disagree (membership not yet synced), answer 404 rather than Wagtail's sign-in
    redirect, which would reveal that the plan exists."""

    def serve_plan(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        # Wagtail's refusal is a sign-in redirect; look at the restrictions again only then, so
        # the usual request checks them once.
        if (
            isinstance(page, PlanPage)
            and response.status_code in (301, 302)
            and not restrictions_accept(page.get_view_restrictions(), request)
        ):
            raise Http404
        return response

    return serve_plan


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    for action, label in (
        (consenting.GIVEN, _("Samtykke gitt")),
        (consenting.REFUSED, _("Samtykke ikke gitt")),
        (consenting.WITHDRAWN, _("Samtykke trukket tilbake")),
    ):
        actions.register_action(action, label, label)


def consent_warning(plan):
    """What the coordinator should know about consent when publishing, or None."""
    if not has_current_consent(plan):
        return gettext(
            "Planen er publisert uten gyldig samtykke. Be planeier eller foresatt gi samtykke på planens side, "
            "eller registrer et samtykke gitt på papir."
        )
    missing = [participant.display_name for participant in participants_without_consent(plan)]
    if missing:
        return ngettext(
            "Samtykket dekker ikke %(names)s, som derfor ikke ser planen før samtykket omfatter dem.",
            "Samtykket dekker ikke %(names)s, som derfor ikke ser planen før samtykket omfatter dem.",
            len(missing),
        ) % {"names": ", ".join(missing)}
    return None


@hooks.register("after_publish_page")
def warn_when_published_without_consent(request, page):
    if isinstance(page.specific_deferred, PlanPage) and (warning := consent_warning(page.specific_deferred)):
        messages.warning(request, warning)
