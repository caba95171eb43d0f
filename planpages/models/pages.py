"""The page tree: home → municipality → plan index → plan."""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Collection, Page

from planpages.blocks import all_plan_blocks, block_names_for
from planpages.forms import PlanPageForm
from planpages.members.panel import MembersPanel
from planpages.membership import sync_plan_access
from planpages.models.safekeeping import SafekeepingMixin
from planpages.plan_types import PlanStatus, PlanType
from planpages.template_guidance import TemplateGuidancePanel
from planpages.tree_shortcuts import PLAN_URL_DEPTH, find_plan, view_restrictions_on_path


class HomePage(Page):
    """The site root: sign-in for visitors, the dashboard of plans for a signed-in user."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["planpages.MunicipalityPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Forside")

    def serve(self, request, *args, **kwargs):
        from planpages.views import dashboard

        return dashboard(request, self)

    def route(self, request, path_components):
        # A plan URL in one query instead of two per tree level (see tree_shortcuts).
        plan = find_plan(self, path_components)
        if plan is not None:
            return plan.route(request, path_components[PLAN_URL_DEPTH:])
        return super().route(request, path_components)


class MunicipalityPage(Page):
    """One municipality (tenant). Its staff belong to its two groups."""

    coordinators_group = models.OneToOneField(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    admins_group = models.OneToOneField(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    parent_page_types = ["planpages.HomePage"]
    subpage_types = ["planpages.PlanIndexPage"]

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommuner")

    def serve(self, request, *args, **kwargs):
        raise Http404

    @property
    def plan_index(self):
        return PlanIndexPage.objects.child_of(self).first()


class PlanIndexPage(Page):
    """Holds a municipality's plans. It lists nothing: plans are reached from the dashboard."""

    parent_page_types = ["planpages.MunicipalityPage"]
    subpage_types = ["planpages.PlanPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Planoversikt")

    def serve(self, request, *args, **kwargs):
        raise Http404

    def permissions_for_user(self, user):
        from planpages.permission_testers import PlanIndexPermissionTester

        return PlanIndexPermissionTester(user, self)


def new_plan_slug():
    """Opaque, unguessable and free of personal data: URLs end up in logs and histories."""
    return secrets.token_hex(8)


class PlanPage(SafekeepingMixin, RoutablePageMixin, Page):
    plan_type = models.CharField(_("plantype"), max_length=20, choices=PlanType.choices, editable=False)
    person_name = models.CharField(_("navn på personen planen gjelder"), max_length=200)
    person_birth_date = models.DateField(_("fødselsdato"), null=True, blank=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("koordinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_plans",
    )
    status = models.CharField(_("status"), max_length=10, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    start_date = models.DateField(_("startdato"), null=True, blank=True)
    period_end = models.DateField(_("planperiode til"), null=True, blank=True, help_text=_("Siste dag i planperioden."))
    next_evaluation_date = models.DateField(_("neste evaluering"), null=True, blank=True)
    body = StreamField(all_plan_blocks(), blank=True, verbose_name=_("innhold"))
    access_group = models.OneToOneField(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="plan"
    )
    collection = models.OneToOneField(
        Collection, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="plan"
    )
    template = models.ForeignKey(
        "snippets.PlanTemplate", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(_("siste aktivitet"), default=timezone.now, editable=False)

    parent_page_types = ["planpages.PlanIndexPage"]
    subpage_types = []
    base_form_class = PlanPageForm
    # A plan is never found by search, and never public.
    search_fields = []

    content_panels = [
        TemplateGuidancePanel(heading=_("Veiledning fra malen")),
        MultiFieldPanel(
            [
                FieldPanel("person_name"),
                FieldPanel("person_birth_date"),
            ],
            heading=_("Personen planen gjelder"),
        ),
        FieldPanel("body"),
    ]
    plan_panels = [
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("period_end")], heading=_("Planperiode")),
        FieldPanel("next_evaluation_date"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Planen")),
            ObjectList([MembersPanel(heading=_("Ansvarsgruppe"))], heading=_("Ansvarsgruppe")),
            ObjectList(plan_panels, heading=_("Status og datoer")),
        ]
    )

    class Meta:
        verbose_name = _("Plan")
        verbose_name_plural = _("Planer")
        indexes = [models.Index(fields=["status"]), models.Index(fields=["next_evaluation_date"])]

    def __str__(self):
        return self.title

    @property
    def is_closed(self):
        return self.status == PlanStatus.CLOSED

    @cached_property
    def short_code(self):
        return self.slug[:6].upper()

    def assign_opaque_identity(self):
        """Slug and title are what logs and histories see, so they carry no personal data."""
        if not self.slug:
            self.slug = new_plan_slug()
        if self.plan_type:
            self.title = self.draft_title = f"{self.plan_type} {self.slug[:6].upper()}"

    def full_clean(self, *args, **kwargs):
        self.assign_opaque_identity()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.assign_opaque_identity()
        super().minimal_clean()

    def clean(self):
        super().clean()
        if self.plan_type:
            offered = block_names_for(self.plan_type)
            foreign = {child.block_type for child in self.body} - offered
            if foreign:
                raise ValidationError(
                    {
                        "body": _("Denne plantypen kan ikke ha disse delene: %(names)s")
                        % {"names": ", ".join(sorted(foreign))}
                    }
                )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        sync_plan_access(self)
        return result

    def get_view_restrictions(self):
        # Asked twice per serve (our 404 guard and Wagtail's own check): query it once, and
        # joined on the ancestors' paths rather than loading the ancestors first (tree_shortcuts).
        if "_view_restrictions" not in self.__dict__:
            self._view_restrictions = view_restrictions_on_path(self).prefetch_related("groups")
        return self._view_restrictions

    def permissions_for_user(self, user):
        from planpages.permission_testers import PlanPermissionTester

        return PlanPermissionTester(user, self)

    def route(self, request, path_components):
        from planpages.access import require_plan_view

        require_plan_view(request, self)
        return super().route(request, path_components)

    @classmethod
    def get_subpage_urls(cls):
        # The sub-routes (the page itself, what participants write, the records) are one table
        # in the project's settings, so this model imports none of the feature apps' views.
        return tuple(import_string(settings.SAMPLAN_PLAN_ROUTES))

    def resolve_subpage(self, path):
        # Route views are plain functions `view(request, plan, ...)`, not methods of the page.
        match = self.get_resolver().resolve(path)
        view = match.func
        match.func = lambda request, *args, **kwargs: view(request, self, *args, **kwargs)
        return match
