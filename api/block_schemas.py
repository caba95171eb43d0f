"""Typed JSON schemas for plan blocks, derived from the StreamField block definitions so the
OpenAPI schema cannot drift from what the blocks hold."""

import datetime
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, create_model
from wagtail import blocks

from planpages.blocks import PlanChoiceBlock, all_plan_blocks

SCALAR_TYPES = [
    (blocks.DateTimeBlock, datetime.datetime),
    (blocks.DateBlock, datetime.date),
    (blocks.IntegerBlock, int),
    (blocks.BooleanBlock, bool),
    (blocks.FieldBlock, str),
]


def _choice_type(block):
    values = tuple(str(value) for value, _label in block.field.choices if value != "")
    return Literal[values + (() if block.required else ("",))]


class PlanLink(BaseModel):
    id: str = Field(description="Målets blokk-id, deltakerens id, «coordinator» eller «person».")
    name: str = Field(description="Navnet slik det står i planen nå; «(fjernet)» når det ikke finnes lenger.")


def value_type(block):
    """The Python type of a block's API representation."""
    if isinstance(block, PlanChoiceBlock):
        return PlanLink if block.required else PlanLink | None
    if isinstance(block, blocks.StructBlock):
        return struct_schema(type(block), block)
    if isinstance(block, blocks.ListBlock):
        return list[value_type(block.child_block)]
    if isinstance(block, blocks.ChoiceBlock):
        return _choice_type(block)
    for block_class, python_type in SCALAR_TYPES:
        if isinstance(block, block_class):
            return python_type if block.required or python_type is str else python_type | None
    return Any


_struct_schemas = {}


def struct_schema(block_class, block):
    """One schema per StructBlock class, shared wherever the class is used."""
    if block_class not in _struct_schemas:
        fields = {name: (value_type(child), ...) for name, child in block.child_blocks.items()}
        _struct_schemas[block_class] = create_model(f"{block_class.__name__.removesuffix('Block')}Value", **fields)
    return _struct_schemas[block_class]


def _item_schema(name, block):
    title = "".join(part.capitalize() for part in name.split("_"))
    return create_model(
        f"{title}PlanBlock",
        id=(str, Field(description="Stabil id for blokken i planen.")),
        type=(Literal[name], ...),
        value=(value_type(block), ...),
    )


@cache
def plan_block_schema():
    """One schema per block type, told apart by `type`."""
    items = tuple(_item_schema(name, block) for name, block in all_plan_blocks())
    return Annotated[items[0] if len(items) == 1 else _union(items), Field(discriminator="type")]


def _union(items):
    union = items[0]
    for item in items[1:]:
        union = union | item
    return union


def block_json(child, plan):
    """A StreamField child as {id, type, value}, its value in Wagtail's API representation
    (links to the plan's goals and people with the names they have in `plan`)."""
    return {
        "id": child.id,
        "type": child.block_type,
        "value": child.block.get_api_representation(child.value, context={"plan": plan}),
    }
