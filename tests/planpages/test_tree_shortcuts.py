"""The plan URL shortcut and the one-query view restriction lookup answer as Wagtail would."""

from planpages.models import PlanPage
from tests.factories import make_municipality, make_user, participant


def test_plan_is_served_at_its_url_through_the_shortcut(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    client.force_login(reader)
    assert client.get(plan.url).status_code == 200


def test_plan_slug_under_another_municipality_is_404(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    other = make_municipality("annenby", "Annenby kommune")
    client.force_login(reader)
    assert client.get(f"/{other.slug}/planer/{plan.slug}/").status_code == 404


def test_unpublished_plan_is_404_even_for_its_participant(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanPage.objects.filter(pk=plan.pk).update(live=False)
    client.force_login(reader)
    assert client.get(plan.url).status_code == 404


def test_view_restrictions_are_those_of_the_plan_and_its_ancestors(plan_factory):
    plan = plan_factory()
    restrictions = list(plan.get_view_restrictions())
    assert [r.page_id for r in restrictions] == [plan.pk]
    assert list(restrictions[0].groups.all()) == [plan.access_group]
