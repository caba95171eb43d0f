"""Where a goal stands: the status in the plan's content until an evaluation changes it, then
the newest GoalStatusChange row for that goal."""

from planpages.models import GoalStatusChange
from planpages.plan_links import plan_goals


def status_changes(plan):
    """goal id → its changes, oldest first; one query per plan object however often it is asked."""
    if "_goal_status_changes" not in plan.__dict__:
        changes = {}
        for change in GoalStatusChange.objects.filter(plan=plan).select_related("changed_by"):
            changes.setdefault(change.goal_id, []).append(change)
        plan.__dict__["_goal_status_changes"] = changes
    return plan.__dict__["_goal_status_changes"]


def plan_goals_with_status(plan):
    """(id, title, is_sub_goal, current status) of the goals an evaluation may set."""
    changes = status_changes(plan)
    for goal_id, goal, sub in plan_goals(plan.body):
        yield goal_id, goal["title"], sub, current_status(changes, goal_id, goal)


def current_status(changes, goal_id, goal):
    history = changes.get(goal_id)
    return history[-1].to_status if history else goal["status"]
