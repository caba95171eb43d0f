"""What is new on the plan page since the reader's last visit: marked in each section and
counted in the section navigation. Only what others did counts; a first visit marks nothing,
since everything on it is new."""

from dataclasses import dataclass, field

from django.utils import timezone

from planpages.models import PlanVisit


@dataclass
class News:
    since: object = None  # the previous visit, or None on the first
    ids: dict = field(default_factory=dict)  # section -> ids of what is new in it
    plan_changed: bool = False

    @property
    def counts(self):
        counts = {section: len(ids) for section, ids in self.ids.items() if ids}
        if self.plan_changed:
            counts["plan"] = 1
        return counts

    @property
    def total(self):
        return sum(self.counts.values())


def record_visit(user, plan):
    """Store this visit and return when the previous one was (None on the first)."""
    now = timezone.now()
    previous = PlanVisit.objects.filter(user=user, plan=plan).values_list("pk", "last_seen_at").first()
    if previous:
        PlanVisit.objects.filter(pk=previous[0]).update(last_seen_at=now)
        return previous[1]
    # Tolerates a parallel first visit.
    PlanVisit.objects.bulk_create(
        [PlanVisit(user=user, plan=plan, last_seen_at=now)],
        update_conflicts=True,
        unique_fields=["user", "plan"],
        update_fields=["last_seen_at"],
    )
    return None


def new_by_others(rows, user, since):
    return {row.pk for row in rows if row.created_at > since and row.author_id != user.pk}


def news_since(since, user, plan, shown):
    """`shown`: section -> the rows the page shows in it (already loaded: no query here)."""
    if since is None:
        return News()
    ids = {section: new_by_others(rows, user, since) for section, rows in shown.items() if section != "participants"}
    ids["participants"] = {
        participant.pk
        for participant in shown.get("participants", ())
        if participant.added_at > since and participant.added_by_id != user.pk
    }
    changed = bool(plan.last_published_at and plan.last_published_at > since and plan.coordinator_id != user.pk)
    return News(since=since, ids=ids, plan_changed=changed)
