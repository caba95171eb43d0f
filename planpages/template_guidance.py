"""What a plan template tells the coordinator rather than the person: its "Veiledning" sections
and the instruction texts in blocks the person fills in with their own words. These reach the
editor as guidance; they are never copied into the plan, and publishing is refused while a
field of the plan still holds one of them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

# Blocks written in the person's own words: a template's text in them is an instruction.
OWN_WORDS_BLOCKS = {"about_me"}


def text_values(value):
    """Every non-empty text in a block's raw value, however deeply nested."""
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, dict):
        for item in value.values():
            yield from text_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from text_values(item)


def instructions(template):
    """(block type, text) of the instruction texts in a template's body."""
    if template is None:
        return []
    raw = template.body.raw_data
    found = [
        (block["type"], text)
        for block in raw
        if block["type"] in OWN_WORDS_BLOCKS
        for text in text_values(block["value"])
    ]
    return list(dict.fromkeys(found))


def without_instructions(raw_block):
    """A template block as a plan starts with it: texts in the person's own words left empty."""
    if raw_block["type"] not in OWN_WORDS_BLOCKS:
        return raw_block
    value = {key: "" if isinstance(item, str) else item for key, item in raw_block["value"].items()}
    return {**raw_block, "value": value}


def placeholders_left(body_raw, template):
    """The template's instruction texts that a plan body still holds, in plan order."""
    texts = {text for _type, text in instructions(template)}
    held = [text for block in body_raw for text in text_values(block.get("value")) if text in texts]
    return list(dict.fromkeys(held))


def guidance_sections(template):
    """(label of the plan's part, guidance text) of a template's "Veiledning" sections."""
    if template is None:
        return []
    from planpages.blocks import all_plan_blocks

    labels = {name: block.meta.label for name, block in all_plan_blocks()}
    return [
        (labels.get(item.value["section"], item.value["section"]), item.value["guidance"]) for item in template.guidance
    ]


PLACEHOLDER_REFUSAL = _(
    "Planen er ikke publisert: den inneholder fortsatt malens veiledning («%(text)s»). "
    "Skriv personens egne ord i stedet, og publiser på nytt."
)


class TemplateGuidancePanel(Panel):
    """The editor's guidance from the plan's template, for the coordinator only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "planpages/includes/template_guidance_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            template = self.instance.template if self.instance.template_id else None
            context["template"] = template
            context["sections"] = guidance_sections(template)
            context["instructions"] = instructions(template)
            return context

        def is_shown(self):
            return self.instance.template_id is not None and super().is_shown()
