"""Meeting minutes as readers see them. Minutes are rows keyed by a meeting block's id; the
block belongs to the coordinator's revisions and may go (removed, or a revert to a revision
without it), the minutes never do: they are then listed as minutes of earlier meetings."""

from dataclasses import dataclass

from planpages.models import MeetingMinutes
from planpages.plan_summary import PlanSummary


@dataclass
class MeetingRecord:
    """One meeting's current minutes; `meeting` is None once the block is gone from the plan."""

    meeting_id: str
    meeting: object
    current: MeetingMinutes | None
    version_count: int


@dataclass
class PlanMinutes:
    in_plan: list  # every meeting block of the plan, with its minutes if any
    removed: list  # minutes whose meeting is no longer in the plan, newest first

    @property
    def written(self):
        """Every meeting that has minutes: those in the plan first, then the earlier ones."""
        return [record for record in self.in_plan if record.current is not None] + self.removed


def current_minutes_by_meeting(plan):
    """{meeting block id: (newest version, number of versions)}, in one query."""
    result = {}
    for minutes in MeetingMinutes.objects.filter(plan=plan).select_related("author").order_by("created_at", "pk"):
        count = result.get(minutes.meeting_id, (None, 0))[1]
        result[minutes.meeting_id] = (minutes, count + 1)
    return result


def plan_minutes(plan):
    minutes = current_minutes_by_meeting(plan)
    in_plan = [MeetingRecord(m.id, m, *minutes.pop(m.id, (None, 0))) for m in PlanSummary(plan).meetings]
    removed = [MeetingRecord(meeting_id, None, *versions) for meeting_id, versions in minutes.items()]
    removed.sort(key=lambda record: record.current.created_at, reverse=True)
    return PlanMinutes(in_plan, removed)


def meeting_in_plan(plan, meeting_id):
    return next((c for c in plan.body if c.block_type == "meeting" and c.id == meeting_id), None)
