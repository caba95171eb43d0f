"""Reusable content kept in the admin: plan templates (planmaler)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin

from planpages.blocks import all_plan_blocks
from planpages.plan_types import PlanType
from plantemplates.blocks import guidance_blocks
from plantemplates.forms import PlanTemplateForm


class PlanTemplateQuerySet(models.QuerySet):
    def offered_to(self, municipality, plan_type):
        """Active templates a coordinator in `municipality` may start a plan of `plan_type` from."""
        return self.filter(active=True, plan_type=plan_type).filter(
            Q(municipality__isnull=True) | Q(municipality=municipality)
        )


class PlanTemplate(RevisionMixin, models.Model):
    name = models.CharField(_("navn"), max_length=200)
    plan_type = models.CharField(_("plantype"), max_length=20, choices=PlanType.choices)
    municipality = models.ForeignKey(
        "planpages.MunicipalityPage",
        verbose_name=_("kommune"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="plan_templates",
        help_text=_("Tom betyr nasjonal mal, tilbudt alle kommuner."),
    )
    description = models.TextField(_("beskrivelse"), blank=True)
    body = StreamField(all_plan_blocks(), blank=True, verbose_name=_("startinnhold"))
    guidance = StreamField(
        guidance_blocks(),
        blank=True,
        verbose_name=_("veiledning"),
        help_text=_("Veiledning til koordinatoren for hver del av planen."),
    )
    active = models.BooleanField(
        _("aktiv"),
        default=True,
        help_text=_("En utgått mal tilbys ikke lenger; eksisterende planer beholder innholdet."),
    )

    objects = PlanTemplateQuerySet.as_manager()

    base_form_class = PlanTemplateForm
    # The plan type is chosen before the form opens and never changes: it decides the blocks.
    panels = [
        FieldPanel("name"),
        FieldPanel("municipality"),
        FieldPanel("description"),
        FieldPanel("body"),
        FieldPanel("guidance"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("planmal")
        verbose_name_plural = _("planmaler")
        ordering = ["plan_type", "name"]

    def __str__(self):
        return self.name
