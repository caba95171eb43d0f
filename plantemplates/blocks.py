"""Guidance a plan template gives the coordinator, one text per section of the plan."""

from functools import cache

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from planpages.blocks import COMMON_BLOCKS, TYPE_SPECIFIC_BLOCKS, all_plan_blocks
from planpages.plan_types import PlanType


def section_choices(plan_type=None):
    """(block name, label) of the sections a plan of `plan_type` has; all sections when None."""
    named = all_plan_blocks() if plan_type is None else COMMON_BLOCKS + TYPE_SPECIFIC_BLOCKS[PlanType(plan_type)]
    return [(name, block.meta.label) for name, block in named]


class SectionGuidanceBlock(blocks.StructBlock):
    section = blocks.ChoiceBlock(choices=section_choices, label=_("Del av planen"))
    guidance = blocks.TextBlock(label=_("Veiledning"))

    class Meta:
        label = _("Veiledning for en del")
        icon = "help"


def guidance_blocks():
    return [("section_guidance", SectionGuidanceBlock())]


@cache
def guidance_block_for(plan_type):
    """Guidance offering only the sections a plan of this type has."""
    section = blocks.ChoiceBlock(choices=section_choices(plan_type), label=_("Del av planen"))
    return blocks.StreamBlock([("section_guidance", SectionGuidanceBlock([("section", section)]))], required=False)
