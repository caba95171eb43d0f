"""Wagtail's account settings without the name: a person's name is set by the local
administrator or the operator (or comes from ID-porten), so nobody signs their log entries,
messages and handovers with a name they chose themselves. The operator keeps the panel."""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import AccountView, NameEmailSettingsPanel


class AccountWithoutNameView(AccountView):
    def get_panels(self):
        panels = super().get_panels()
        if self.request.user.is_superuser:
            return panels
        return [panel for panel in panels if not isinstance(panel, NameEmailSettingsPanel)]


admin_account = require_admin_access(AccountWithoutNameView.as_view())
