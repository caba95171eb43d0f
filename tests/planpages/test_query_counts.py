"""Pages do a fixed number of SQL queries however large the plan, and however many plans."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import goal_block, make_user, meeting_block, participant


def big_body():
    return [goal_block(f"Mål {n}", sub_goals=3) for n in range(50)] + [meeting_block(n) for n in range(10)]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_plan_page_queries_do_not_grow_with_plan_size(plan_factory, client, django_assert_max_num_queries):
    reader = make_user()
    small = plan_factory(participants=[participant(reader)], log_entries=1)
    others = [participant(make_user()) for _ in range(30)]
    large = plan_factory(participants=[participant(reader), *others], body=big_body(), log_entries=200)
    client.force_login(reader)
    client.get(small.url)  # warm the session and site caches, and record first visits
    client.get(large.url)

    small_count = queries_for(client, small.url)
    with django_assert_max_num_queries(small_count):
        client.get(large.url)


def test_dashboard_queries_do_not_grow_with_number_of_plans(plan_factory, client, django_assert_max_num_queries):
    user = make_user()
    plan_factory(participants=[participant(user)])
    client.force_login(user)
    client.get("/")
    one_plan = queries_for(client, "/")
    for _ in range(10):
        plan_factory(participants=[participant(user)], body=big_body()[:5], log_entries=5)
    with django_assert_max_num_queries(one_plan):
        client.get("/")


def fill_collaboration(plan, author, count):
    from planpages.models import Evaluation, LogEntryCorrection, MeetingMinutes, Message

    meetings = [child.id for child in plan.body if child.block_type == "meeting"]
    Message.objects.bulk_create(Message(plan=plan, author=author, text=f"Melding {n}") for n in range(count))
    Evaluation.objects.bulk_create(
        Evaluation(
            plan=plan, author=author, evaluated_on="2026-01-01", assessments=[{"goal": "Mål", "assessment": "Ok"}]
        )
        for _ in range(count)
    )
    MeetingMinutes.objects.bulk_create(
        MeetingMinutes(plan=plan, author=author, meeting_id=meeting, text=f"Versjon {n}")
        for meeting in meetings
        for n in range(3)
    )
    entries = list(plan.log_entries.all())
    LogEntryCorrection.objects.bulk_create(LogEntryCorrection(entry=entry, earlier_text="Før") for entry in entries)


def test_plan_page_queries_do_not_grow_with_collaboration_rows(plan_factory, client, django_assert_max_num_queries):
    from planpages.plan_types import Access

    writer = make_user()
    small = plan_factory(participants=[participant(writer, Access.WRITE)], body=[meeting_block(3)], log_entries=1)
    large = plan_factory(participants=[participant(writer, Access.WRITE)], body=big_body(), log_entries=50)
    fill_collaboration(small, writer, 1)
    fill_collaboration(large, writer, 40)
    client.force_login(writer)
    client.get(small.url)
    client.get(large.url)

    small_count = queries_for(client, small.url)
    with django_assert_max_num_queries(small_count):
        client.get(large.url)
