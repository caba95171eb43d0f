from django import template
from django.utils.translation import gettext as _

from planpages.blocks import GOAL_STATUS_CHOICES
from planpages.goal_statuses import status_changes
from planpages.people import display_name
from planpages.plan_links import REMOVED, plan_links
from planpages.plan_types import ParticipantRole
from planpages.ways_in import uses_admin

register = template.Library()

GOAL_STATUS_LABELS = dict(GOAL_STATUS_CHOICES)


@register.filter
def goal_status(code):
    return GOAL_STATUS_LABELS.get(code, code)


@register.filter
def person_name(user):
    """Who wrote or did something; rows written by Samplan itself have no account."""
    return display_name(user, nobody=_("Samplan"))


@register.filter
def role_label(code):
    return ParticipantRole(code).label if code in ParticipantRole.values else code


@register.simple_tag
def may_use_admin(user):
    return uses_admin(user)


@register.simple_tag
def linked_names(plan, kind, chosen, typed_before):
    """Names of the goals or people chosen by id (looked up in the plan, "(fjernet)" when gone),
    then what was typed before choosing existed. A single choice replaces its typed text."""
    links = plan_links(plan) if plan else None
    single = isinstance(chosen, str)
    ids = ([chosen] if chosen else []) if single else list(chosen or [])
    lookup = (lambda value: REMOVED) if links is None else links.goal_name if kind == "goal" else links.person_name
    names = [str(lookup(value)) for value in ids]
    typed = [typed_before] if isinstance(typed_before, str) else list(typed_before or [])
    if not (single and names):
        names += [text for text in typed if text.strip() and text not in names]
    return names


@register.simple_tag
def goal_status_changes(plan, goal_id):
    """The status changes evaluations made to one goal, oldest first."""
    return status_changes(plan).get(goal_id, []) if plan and goal_id else []
