"""Read-only facts about a plan derived from its blocks, for the dashboard and the plan page."""

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

SECTION_ORDER = [
    ("about_me", _("Om meg")),
    ("goal", _("Mål")),
    ("measure", _("Tiltak")),
    ("service", _("Tjenester")),
    ("coordinator_responsibility", _("Koordinatoransvar")),
    ("subject", _("Fag og kompetansemål")),
    ("yearly_report", _("Årsrapport")),
    ("development_area", _("Utviklingsområder")),
    ("concern", _("Undring og bekymring")),
    ("baton", _("Stafettholder")),
    ("bright_spot", _("Lysglimt")),
    ("meeting", _("Møter")),
    ("consent", _("Samtykke")),
]


def meeting_start(meeting):
    starts_at = meeting.value["starts_at"]
    return timezone.make_aware(starts_at) if timezone.is_naive(starts_at) else starts_at


def raw_meeting_start(raw):
    starts_at = raw["value"]["starts_at"]
    starts_at = parse_datetime(starts_at) if isinstance(starts_at, str) else starts_at
    return timezone.make_aware(starts_at) if timezone.is_naive(starts_at) else starts_at


class PlanSummary:
    def __init__(self, plan):
        self.plan = plan

    @cached_property
    def meetings(self):
        """Upcoming meetings first (soonest first), then past ones (latest first)."""
        now = timezone.now()
        meetings = [child for child in self.plan.body if child.block_type == "meeting"]
        upcoming = sorted((m for m in meetings if meeting_start(m) >= now), key=meeting_start)
        past = sorted((m for m in meetings if meeting_start(m) < now), key=meeting_start, reverse=True)
        return upcoming + past

    @cached_property
    def next_meeting(self):
        # From the raw stream data: the dashboard must not parse every block of every plan.
        now = timezone.now()
        starts = [raw_meeting_start(raw) for raw in self.plan.body.raw_data if raw["type"] == "meeting"]
        upcoming = [start for start in starts if start >= now]
        return min(upcoming) if upcoming else None

    @property
    def has_news(self):
        last_seen = getattr(self.plan, "last_seen_at", None)
        return last_seen is None or self.plan.last_activity_at > last_seen

    @cached_property
    def sections(self):
        """(block type, heading, blocks) in reading order, meetings upcoming first."""
        by_type = {}
        for child in self.plan.body:
            by_type.setdefault(child.block_type, []).append(child)
        by_type["meeting"] = self.meetings
        return [(name, heading, by_type[name]) for name, heading in SECTION_ORDER if by_type.get(name)]
