"""The municipality's register of plans: metadata only (type, code, status, coordinator,
dates), read-only, with a handover button per plan.

wagtail-modeladmin rather than a viewset: the register lists a Page model outside the page
tree, which Wagtail's ModelViewSet and SnippetViewSet do not support, and modeladmin gives the
filtered, searchable, sortable read-only listing of a register with no create, edit or
inspect view at all. Its index view applies any query-string lookup as a filter, so the view
below allows only the declared filters: nobody can probe `?person_name__startswith=`."""

from django.contrib.admin import display
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_modeladmin.helpers import AdminURLHelper, ButtonHelper, PagePermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView

from planpages.models import PlanPage
from planpages.people import display_name
from planpages.tenancy import administered_plans, is_municipal_administrator

BASE_URL_PATH = "kommune/planregister"
PLAN_REGISTER_INDEX = f"{BASE_URL_PATH.replace('/', '_')}_modeladmin_index"
ALLOWED_LOOKUPS = frozenset({"plan_type__exact", "plan_type__isnull", "status__exact", "status__isnull"})
METADATA_ONLY = ("person_name", "person_birth_date", "body")


class PlanRegisterPermissionHelper(PagePermissionHelper):
    """Listing only, and only for the operator and local administrators."""

    def get_valid_parent_pages(self, user):
        return Page.objects.none()

    def user_can_list(self, user):
        return is_municipal_administrator(user)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False

    def user_can_unpublish_obj(self, user, obj):
        return False

    def user_can_copy_obj(self, user, obj):
        return False


class PlanRegisterButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        return [*self.handover_button(obj), *self.archive_button(obj)]

    def archive_button(self, obj):
        if not obj.is_closed:
            return []
        return [
            {
                "url": reverse("exports:noark5", args=[obj.pk]),
                "label": _("Arkivuttrekk"),
                "classname": "button button-small button-secondary",
                "title": _("Last ned Noark 5-arkivuttrekk av plan %(code)s") % {"code": obj.title},
            }
        ]

    def handover_button(self, obj):
        return [
            {
                "url": reverse("municipal_admin:plan_handover", args=[obj.pk]),
                "label": _("Overfør"),
                "classname": "button button-small button-secondary",
                "title": _("Overfør plan %(code)s til en annen koordinator") % {"code": obj.title},
            }
        ]


class PlanRegisterIndexView(IndexView):
    def get_filters_params(self, params=None):
        lookups = super().get_filters_params(params)
        return {key: value for key, value in lookups.items() if key in ALLOWED_LOOKUPS}


class PlanRegisterAdmin(ModelAdmin):
    model = PlanPage
    menu_label = _("Planregister")
    menu_icon = "list-ul"
    menu_order = 210
    base_url_path = BASE_URL_PATH
    index_view_class = PlanRegisterIndexView
    permission_helper_class = PlanRegisterPermissionHelper
    button_helper_class = PlanRegisterButtonHelper
    url_helper_class = AdminURLHelper
    list_display = (
        "title",
        "plan_type",
        "status",
        "coordinator_name",
        "start_date",
        "next_evaluation_date",
        "last_activity_at",
    )
    list_filter = ("plan_type", "status")
    index_view_extra_css = ["municipal_admin/plan_register.css"]
    search_fields = ("title",)
    ordering = ("title",)

    def get_admin_urls_for_registration(self):
        """The index alone: a register has no create, edit, delete or inspect view."""
        return tuple(url for url in super().get_admin_urls_for_registration() if url.name == PLAN_REGISTER_INDEX)

    def get_queryset(self, request):
        plans = administered_plans(request.user).defer(*METADATA_ONLY).select_related("coordinator")
        return plans.order_by(*self.ordering)

    @display(description=_("Koordinator"))
    def coordinator_name(self, plan):
        if plan.coordinator is None:
            return _("Ingen")
        name = display_name(plan.coordinator)
        return name if plan.coordinator.is_active else _("%(name)s (deaktivert)") % {"name": name}
