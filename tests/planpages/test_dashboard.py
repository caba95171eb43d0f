from planpages.plan_types import PlanStatus
from tests.factories import make_user, participant


def test_dashboard_lists_exactly_the_users_plans(plan_factory, client):
    user = make_user()
    mine = plan_factory(participants=[participant(user)], person_name="Min Plan")
    coordinated = plan_factory(coordinator=user, person_name="Koordinert Plan")
    plan_factory(person_name="Fremmed Plan")
    client.force_login(user)

    response = client.get("/")

    listed = {summary.plan.pk for summary in response.context["plans"]}
    assert listed == {mine.pk, coordinated.pk}
    assert "Fremmed Plan" not in response.content.decode()


def test_dashboard_hides_unpublished_plans_from_participants(plan_factory, client):
    user = make_user()
    plan = plan_factory(participants=[participant(user)], person_name="Utkast Plan")
    plan.unpublish()
    client.force_login(user)
    assert "Utkast Plan" not in client.get("/").content.decode()


def test_dashboard_marks_news_since_last_visit(plan_factory, client):
    user = make_user()
    plan = plan_factory(participants=[participant(user)])
    client.force_login(user)
    assert client.get("/").context["plans"][0].has_news
    client.get(plan.url)
    assert not client.get("/").context["plans"][0].has_news


def test_dashboard_shows_closed_plans_too(plan_factory, client):
    user = make_user()
    plan_factory(participants=[participant(user)], status=PlanStatus.CLOSED)
    client.force_login(user)
    assert len(client.get("/").context["plans"]) == 1
