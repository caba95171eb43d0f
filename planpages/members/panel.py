"""The editor's "Ansvarsgruppe" tab: who is on the plan, read only, and the way to the
membership screen. Membership is not edited in the page form, so no revision carries it."""

from wagtail.admin.panels import Panel


class MembersPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "planpages/members/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            plan = self.instance
            context["plan"] = plan
            context["participants"] = plan.participants.select_related("user").order_by("pk") if plan.pk else []
            return context
