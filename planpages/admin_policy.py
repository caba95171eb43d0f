"""Wagtail's page permission policy, narrowed so that the admin shows a coordinator their own
plans only. The explorer, admin search, reports (locked pages, aging pages, workflows, site
history) and the admin API all ask this policy, so one rule
(`permissions.without_hidden_plans`) filters them all, with no permission rows per plan."""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from planpages.access import without_hidden_plans


def is_hidden_plan(user, page):
    return not without_hidden_plans(user, Page.objects.filter(pk=page.pk)).exists()


class PlanAwarePagePermissionPolicy(PagePermissionPolicy):
    def instances_user_has_any_permission_for(self, user, actions):
        return without_hidden_plans(user, super().instances_user_has_any_permission_for(user, actions))

    def explorable_instances(self, user):
        return without_hidden_plans(user, super().explorable_instances(user))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        return allowed and (user.is_superuser or not is_hidden_plan(user, instance))
