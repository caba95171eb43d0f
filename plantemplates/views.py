"""The plan template admin: Wagtail's snippet views, scoped to what the user may reach.

Wagtail's generic views check permissions per model; these subclasses add the per-template
check of PlanTemplatePermissionPolicy, so a template of another municipality answers 404 and
a national template opens read-only (inspect, history) for a local administrator."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from plantemplates.models import PlanTemplate
from plantemplates.new_plan import PlanTypeForm


def template_policy():
    return policy_registry.get_by_type(PlanTemplate)


def reachable_templates(user):
    return template_policy().instances_user_has_permission_for(user, "view")


def require_template_permission(user, template, action):
    """404 for a template the user may not even read; 403 for reading-only."""
    policy = template_policy()
    if not policy.user_has_permission_for_instance(user, "view", template):
        raise Http404
    if not policy.user_has_permission_for_instance(user, action, template):
        raise PermissionDenied


def scoped(view_class, action):
    """`view_class` whose object is checked against the policy for `action`."""

    def get_object(self, *args, **kwargs):
        template = super(scoped_class, self).get_object(*args, **kwargs)
        require_template_permission(self.request.user, template, action)
        return template

    scoped_class = type(f"Scoped{view_class.__name__}", (view_class,), {"get_object": get_object})
    return scoped_class


class PlanTemplateIndexView(snippet_views.IndexView):
    def get_edit_url(self, instance):
        if template_policy().user_has_permission_for_instance(self.request.user, "change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if template_policy().user_has_permission_for_instance(self.request.user, "delete", instance):
            return super().get_delete_url(instance)
        return None


class PlanTemplateCreateView(snippet_views.CreateView):
    """Asks for the plan type first: it decides which blocks the template offers."""

    @cached_property
    def plan_type_form(self):
        return PlanTypeForm(self.request.GET or None)

    def get(self, request, *args, **kwargs):
        if not self.plan_type_form.is_valid():
            return TemplateResponse(
                request,
                "plantemplates/admin/choose_template_type.html",
                {"form": self.plan_type_form, "index_url": self.get_success_url()},
            )
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.plan_type_form.is_valid():
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def get_initial_form_instance(self):
        return PlanTemplate(plan_type=self.plan_type_form.cleaned_data["plan_type"])

    def get_add_url(self):
        return f"{super().get_add_url()}?plan_type={self.plan_type_form.cleaned_data['plan_type']}"


class PlanTemplateCopyView(CopyViewMixin, snippet_views.CreateView):
    """Copying starts from any template the user may read, national ones included."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            reachable_templates(self.request.user), pk=unquote(str(self.kwargs[self.pk_url_kwarg]))
        )


class ScopedChooserMixin:
    def get_object_list(self):
        return reachable_templates(self.request.user)


class ScopedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return reachable_templates(self.request.user).get(pk=pk)


class ScopedChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return reachable_templates(self.request.user).filter(pk__in=pks)


class PlanTemplateChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = type("ScopedChooseView", (ScopedChooserMixin, chooser.ChooseView), {})
    choose_results_view_class = type("ScopedChooseResultsView", (ScopedChooserMixin, chooser.ChooseResultsView), {})
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


NOT_SET = _("Ikke satt")
# A template without a municipality is the national one, offered to every municipality.
EMPTY_IN_WORDS = {"municipality": _("Nasjonal mal (alle kommuner)")}


def in_words(field_name, value):
    """Yes/no and an empty value as words, not "True" or "None"."""
    if isinstance(value, bool):
        return _("Ja") if value else _("Nei")
    return EMPTY_IN_WORDS.get(field_name, NOT_SET) if value is None or value == "" else value


class InspectInWordsView(snippet_views.InspectView):
    def get_field_display_value(self, field_name, field):
        return in_words(field_name, super().get_field_display_value(field_name, field))


class InWordsColumn(Column):
    def __init__(self, name, **kwargs):
        super().__init__(name, label=capfirst(PlanTemplate._meta.get_field(name).verbose_name), **kwargs)

    def get_value(self, instance):
        return in_words(self.name, super().get_value(instance))


class PlanTemplateViewSet(SnippetViewSet):
    model = PlanTemplate
    icon = "doc-full"
    menu_label = _("Planmaler")
    add_to_admin_menu = True
    list_display = ["name", "plan_type", InWordsColumn("municipality"), InWordsColumn("active")]
    list_filter = ["plan_type", "active"]
    search_fields = ["name", "description"]
    inspect_view_enabled = True
    inspect_view_fields = ["name", "plan_type", "municipality", "description", "body", "guidance", "active"]

    index_view_class = PlanTemplateIndexView
    add_view_class = PlanTemplateCreateView
    copy_view_class = PlanTemplateCopyView
    edit_view_class = scoped(snippet_views.EditView, "change")
    delete_view_class = scoped(snippet_views.DeleteView, "delete")
    # Usage lists the plans started from a template; a national template's plans belong to
    # every municipality, so only those who may change the template see where it is used.
    usage_view_class = scoped(snippet_views.UsageView, "change")
    history_view_class = scoped(snippet_views.HistoryView, "view")
    inspect_view_class = scoped(InspectInWordsView, "view")
    revisions_view_class = scoped(snippet_views.PreviewRevisionView, "view")
    revisions_compare_view_class = scoped(snippet_views.RevisionsCompareView, "view")
    chooser_viewset_class = PlanTemplateChooserViewSet

    def get_queryset(self, request):
        return reachable_templates(request.user)
