"""Wagtail permission testers for plans and plan indexes (returned by permissions_for_user)."""

from wagtail.models import PagePermissionTester

from planpages.plan_types import PlanStatus


class PlanPermissionTester(PagePermissionTester):
    """Only a plan's own coordinator (and the operator) edits it, and never once it is closed."""

    def _coordinates(self):
        return self.user.is_active and (self.user.is_superuser or self.page.coordinator_id == self.user.pk)

    def can_edit(self):
        if self.user.is_active and self.user.is_superuser:
            return True
        return self._coordinates() and self.page.status != PlanStatus.CLOSED

    def can_publish(self):
        return self.can_edit()

    def can_unpublish(self):
        return self.page.live and self.can_edit() and not self.page_locked()

    def can_lock(self):
        return self.can_edit()

    def can_unlock(self):
        return self.user_has_lock() or self.can_edit()

    def can_add_subpage(self):
        return False

    def can_publish_subpage(self):
        return False

    def can_delete(self, ignore_bulk=False):
        return self.user.is_active and self.user.is_superuser

    def can_copy(self):
        return False

    def can_set_view_restrictions(self):
        # The ansvarsgruppe restriction is managed by the privacy sync alone.
        return False


class PlanIndexPermissionTester(PagePermissionTester):
    """A coordinator may add plans here; nobody but the operator changes the index itself."""

    def _operator(self):
        return self.user.is_active and self.user.is_superuser

    def can_add_subpage(self):
        return self._operator() or (self.user.is_active and "add" in self.permissions)

    def can_publish_subpage(self):
        return self.can_add_subpage()

    def can_edit(self):
        return self._operator()

    def can_publish(self):
        return self._operator()

    def can_unpublish(self):
        return self._operator() and self.page.live

    def can_delete(self, ignore_bulk=False):
        return self._operator()

    def can_copy(self):
        return False

    def can_set_view_restrictions(self):
        return self._operator()

    def can_reorder_children(self):
        return False
