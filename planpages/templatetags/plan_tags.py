from django import template

from planpages.blocks import GOAL_STATUS_CHOICES
from planpages.plan_types import ParticipantRole
from planpages.ways_in import uses_admin

register = template.Library()

GOAL_STATUS_LABELS = dict(GOAL_STATUS_CHOICES)


@register.filter
def goal_status(code):
    return GOAL_STATUS_LABELS.get(code, code)


@register.filter
def role_label(code):
    return ParticipantRole(code).label if code in ParticipantRole.values else code


@register.simple_tag
def may_use_admin(user):
    return uses_admin(user)
