"""Statistics of one municipality's plans. Aggregates only: counts per type, status and
month, never a name, a title or any content. A fixed number of queries however many plans."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, DateField, Q
from django.db.models.functions import Coalesce, TruncDate, TruncMonth
from django.utils import timezone

from planpages.access import current_participation_q
from planpages.models import PlanPage, PlanParticipant
from planpages.plan_types import PlanStatus, PlanType

INACTIVE_AFTER = datetime.timedelta(days=90)
CHART_MONTHS = 12


@dataclass
class MonthCount:
    month: datetime.date
    started: int
    closed: int


def plans_of(municipality):
    return PlanPage.objects.filter(path__startswith=municipality.path)


def counts_by_type_and_status(plans):
    counts = {
        (row["plan_type"], row["status"]): row["n"]
        for row in plans.order_by().values("plan_type", "status").annotate(n=Count("pk"))
    }
    return [
        {
            "plan_type": label,
            "by_status": [counts.get((plan_type, status), 0) for status in PlanStatus.values],
            "total": sum(counts.get((plan_type, status), 0) for status in PlanStatus.values),
        }
        for plan_type, label in PlanType.choices
    ]


def attention_counts(plans, now, today):
    open_plans = ~Q(status=PlanStatus.CLOSED)
    return plans.aggregate(
        without_coordinator=Count(
            "pk", filter=open_plans & (Q(coordinator__isnull=True) | Q(coordinator__is_active=False))
        ),
        evaluation_overdue=Count("pk", filter=open_plans & Q(next_evaluation_date__lt=today)),
        inactive=Count("pk", filter=open_plans & Q(last_activity_at__lt=now - INACTIVE_AFTER)),
    )


def active_participants(municipality):
    return (
        PlanParticipant.objects.filter(current_participation_q(), page__path__startswith=municipality.path)
        .exclude(page__status=PlanStatus.CLOSED)
        .values("user")
        .distinct()
        .count()
    )


def month_starts(today, count):
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


def per_month(plans, date_expression, since):
    rows = (
        plans.order_by()
        .annotate(day=date_expression)
        .filter(day__gte=since)
        .annotate(month=TruncMonth("day", output_field=DateField()))
        .values("month")
        .annotate(n=Count("pk"))
    )
    return {row["month"]: row["n"] for row in rows}


def started_and_closed_per_month(plans, today):
    """Started: the plan period's start date, else when the plan was first published.
    Closed: when a closed plan was last published; a closed plan is read-only to its
    coordinator, so that is when it was closed."""
    months = month_starts(today, CHART_MONTHS)
    started = per_month(
        plans, Coalesce("start_date", TruncDate("first_published_at"), output_field=DateField()), months[0]
    )
    closed = per_month(
        plans.filter(status=PlanStatus.CLOSED),
        TruncDate(Coalesce("last_published_at", "latest_revision_created_at")),
        months[0],
    )
    return [MonthCount(month, started.get(month, 0), closed.get(month, 0)) for month in months]


def municipality_statistics(municipality):
    now, today = timezone.now(), timezone.localdate()
    plans = plans_of(municipality)
    months = started_and_closed_per_month(plans, today)
    return {
        "by_type": counts_by_type_and_status(plans),
        "statuses": PlanStatus.labels,
        "attention": attention_counts(plans, now, today),
        "active_participants": active_participants(municipality),
        "months": months,
        "chart": bar_chart(months),
    }


CHART_HEIGHT = 160
BAR_WIDTH = 14
GROUP_WIDTH = 44


def bar(x, count, height):
    return {"x": x, "y": CHART_HEIGHT - height, "height": height, "count": count}


def bar_chart(months):
    """Geometry of the server-rendered SVG: two bars (started, closed) per month."""
    peak = max([1, *(m.started for m in months), *(m.closed for m in months)])

    def height(n):
        return round(n * CHART_HEIGHT / peak)

    groups = []
    for index, m in enumerate(months):
        x = index * GROUP_WIDTH + (GROUP_WIDTH - 2 * BAR_WIDTH) // 2
        groups.append(
            {
                "month": m.month,
                "started": bar(x, m.started, height(m.started)),
                "closed": bar(x + BAR_WIDTH, m.closed, height(m.closed)),
                "label_x": x + BAR_WIDTH,
            }
        )
    return {
        "groups": groups,
        "height": CHART_HEIGHT,
        "label_y": CHART_HEIGHT + 16,
        "total_height": CHART_HEIGHT + 24,
        "width": len(months) * GROUP_WIDTH,
        "bar_width": BAR_WIDTH,
        "peak": peak,
    }
