"""Who may do what with plan templates.

The operator maintains everything, national templates included. A local administrator adds,
edits and retires the templates of the municipalities they administer, and reads national
templates. Nobody else sees templates in the admin (coordinators pick them when starting a
plan). Deleting is the operator's alone: a local administrator retires a template instead,
which keeps its revisions and audit trail."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from planpages.tenancy import administered_municipality_ids, is_municipal_administrator

LOCAL_ADMINISTRATOR_ACTIONS = frozenset({"add", "change", "view"})


class PlanTemplatePermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return action in LOCAL_ADMINISTRATOR_ACTIONS and is_municipal_administrator(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if user.is_superuser:
            return True
        own = instance.municipality_id in administered_municipality_ids(user)
        return own or (action == "view" and instance.municipality_id is None)

    def instances_user_has_any_permission_for(self, user, actions):
        templates = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return templates.none()
        if user.is_superuser:
            return templates
        reach = Q(municipality__in=administered_municipality_ids(user))
        if "view" in actions:
            reach |= Q(municipality__isnull=True)
        return templates.filter(reach)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not set(actions) & LOCAL_ADMINISTRATOR_ACTIONS:
            return users.filter(is_superuser=True)
        local_administrators = Q(groups__in=self._admin_group_ids())
        return users.filter(Q(is_superuser=True) | local_administrators).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        users = get_user_model().objects.filter(is_active=True)
        if instance.municipality_id is None and "view" not in actions:
            return users.filter(is_superuser=True)
        return self.users_with_any_permission(actions).filter(
            Q(is_superuser=True) | Q(groups__in=self._admin_group_ids(instance.municipality_id))
        )

    @staticmethod
    def _admin_group_ids(municipality_id=None):
        from planpages.models import MunicipalityPage

        municipalities = MunicipalityPage.objects.exclude(admins_group=None)
        if municipality_id is not None:
            municipalities = municipalities.filter(pk=municipality_id)
        return municipalities.values("admins_group")
