"""Municipality statistics: aggregates of the municipality's own plans, in fixed queries."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from planpages.models import PlanPage
from planpages.plan_types import PlanStatus, PlanType
from tests.factories import make_user, participant

from .conftest import coordinator_in, is_denied

STATISTICS_URL = "/admin/kommune/statistikk/"


def by_type(response):
    return {row["plan_type"]: row["by_status"] for row in response.context["by_type"]}


def test_statistics_count_plans_by_type_and_status(nordby, sorvik, nordby_admin, client, plan_factory):
    plan_factory(municipality=nordby, plan_type=PlanType.IP)
    plan_factory(municipality=nordby, plan_type=PlanType.IP, status=PlanStatus.CLOSED)
    plan_factory(municipality=nordby, plan_type=PlanType.IOP, status=PlanStatus.DRAFT)
    plan_factory(municipality=sorvik, plan_type=PlanType.IP)
    client.force_login(nordby_admin)

    counts = by_type(client.get(STATISTICS_URL))

    # columns: draft, active, closed
    assert counts[PlanType.IP.label] == [0, 1, 1]
    assert counts[PlanType.IOP.label] == [1, 0, 0]
    assert counts[PlanType.IUP.label] == [0, 0, 0]


def test_statistics_count_plans_that_need_attention(nordby, nordby_admin, client, plan_factory):
    today = timezone.localdate()
    without = plan_factory(municipality=nordby)
    PlanPage.objects.filter(pk=without.pk).update(coordinator=None)
    deactivated = coordinator_in(nordby, is_active=False)
    plan_factory(municipality=nordby, coordinator=deactivated)
    overdue = plan_factory(municipality=nordby)
    PlanPage.objects.filter(pk=overdue.pk).update(next_evaluation_date=today - datetime.timedelta(days=1))
    idle = plan_factory(municipality=nordby)
    PlanPage.objects.filter(pk=idle.pk).update(last_activity_at=timezone.now() - datetime.timedelta(days=91))
    closed_and_idle = plan_factory(municipality=nordby, status=PlanStatus.CLOSED)
    PlanPage.objects.filter(pk=closed_and_idle.pk).update(
        coordinator=None, last_activity_at=timezone.now() - datetime.timedelta(days=200)
    )
    client.force_login(nordby_admin)

    attention = client.get(STATISTICS_URL).context["attention"]

    assert attention == {"without_coordinator": 2, "evaluation_overdue": 1, "inactive": 1}


def test_statistics_count_distinct_current_participants_of_open_plans(nordby, nordby_admin, client, plan_factory):
    shared, other, expired, inactive = make_user(), make_user(), make_user(), make_user(is_active=False)
    plan_factory(municipality=nordby, participants=[participant(shared), participant(other)])
    plan_factory(municipality=nordby, participants=[participant(shared), participant(inactive)])
    plan = plan_factory(municipality=nordby, participants=[participant(expired)])
    plan.participants.update(access_until=timezone.localdate() - datetime.timedelta(days=1))
    plan_factory(municipality=nordby, status=PlanStatus.CLOSED, participants=[participant(make_user())])
    client.force_login(nordby_admin)

    assert client.get(STATISTICS_URL).context["active_participants"] == 2


def test_statistics_chart_counts_plans_started_and_closed_per_month(nordby, nordby_admin, client, plan_factory):
    today = timezone.localdate()
    started = plan_factory(municipality=nordby)
    PlanPage.objects.filter(pk=started.pk).update(start_date=today)
    plan_factory(municipality=nordby, status=PlanStatus.CLOSED)
    client.force_login(nordby_admin)

    response = client.get(STATISTICS_URL)

    months = response.context["months"]
    assert len(months) == 12 and months[-1].month == today.replace(day=1)
    assert (months[-1].started, months[-1].closed) == (2, 1)
    html = response.content.decode()
    assert '<svg role="img"' in html and "<table" in html


def test_statistics_of_another_municipality_are_not_found(nordby, sorvik, nordby_admin, client):
    client.force_login(nordby_admin)
    assert client.get(STATISTICS_URL, {"kommune": sorvik.pk}).status_code == 404
    assert client.get(STATISTICS_URL, {"kommune": "x"}).status_code == 404


def test_coordinator_sees_no_statistics(nordby, client):
    client.force_login(coordinator_in(nordby))
    assert is_denied(client.get(STATISTICS_URL))


def test_operator_chooses_the_municipality(nordby, sorvik, operator, client, plan_factory):
    plan_factory(municipality=sorvik, plan_type=PlanType.IUP)
    client.force_login(operator)
    response = client.get(STATISTICS_URL, {"kommune": sorvik.pk})
    assert response.context["municipality"] == sorvik
    assert by_type(response)[PlanType.IUP.label] == [0, 1, 0]


def test_statistics_queries_do_not_grow_with_the_number_of_plans(
    nordby, nordby_admin, client, plan_factory, django_assert_max_num_queries
):
    plan_factory(municipality=nordby)
    client.force_login(nordby_admin)
    client.get(STATISTICS_URL)
    with CaptureQueriesContext(connection) as one_plan:
        client.get(STATISTICS_URL)
    for plan_type in PlanType.values * 3:
        plan_factory(municipality=nordby, plan_type=plan_type, participants=[participant(make_user())])
    with django_assert_max_num_queries(len(one_plan)):
        client.get(STATISTICS_URL)
