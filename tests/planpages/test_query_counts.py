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
