"""seed_load's bulk plans must be indistinguishable, for the app, from plans saved one by one."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Collection, Page

from demo.load.world import DASHBOARD_PLANS, DASHBOARD_USERNAME
from planpages.access import current_participation_q
from planpages.membership import sync_plan_access
from planpages.models import PlanPage
from tests.factories import make_user, participant


@pytest.fixture
def loaded(db):
    call_command(
        "seed_load",
        municipalities=2,
        plans_per_municipality=12,
        log_entries_per_plan=2,
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )
    return PlanPage.objects.order_by("path")


def current_participant(plan):
    return plan.participants.filter(current_participation_q()).exclude(user__username=DASHBOARD_USERNAME).first().user


def privacy_state(plan):
    plan = PlanPage.objects.get(pk=plan.pk)
    restriction = plan.get_view_restrictions().get()
    collection_restriction = plan.collection.get_view_restrictions().get()
    return {
        "group": plan.access_group_id,
        "members": set(plan.access_group.user_set.values_list("pk", flat=True)),
        "restriction": (
            restriction.pk,
            restriction.restriction_type,
            set(restriction.groups.values_list("pk", flat=True)),
        ),
        "collection": plan.collection_id,
        "collection_restriction": (
            collection_restriction.pk,
            set(collection_restriction.groups.values_list("pk", flat=True)),
        ),
    }


def test_bulk_plans_have_what_sync_plan_access_gives_them(loaded):
    for plan in loaded:
        before = privacy_state(plan)
        sync_plan_access(plan)
        assert privacy_state(plan) == before


def test_bulk_page_and_collection_trees_are_consistent(loaded):
    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])


def test_bulk_plan_is_viewable_by_its_participant(loaded, client):
    plan = loaded.filter(live=True).first()
    client.force_login(current_participant(plan))
    response = client.get(plan.url)
    assert response.status_code == 200
    assert plan.person_name in response.content.decode()


def test_bulk_plan_is_404_for_someone_not_on_it(loaded, client):
    client.force_login(make_user())
    assert client.get(loaded.filter(live=True).first().url).status_code == 404


def test_bulk_plan_is_404_for_a_participant_whose_access_ended(loaded, client):
    plan = loaded.filter(live=True, participants__access_until__isnull=False).first()
    ended = plan.participants.filter(access_until__isnull=False).first().user
    client.force_login(ended)
    assert client.get(plan.url).status_code == 404


def test_bulk_plans_appear_on_the_participants_dashboard(loaded, client):
    user = get_user_model().objects.get(username=DASHBOARD_USERNAME)
    client.force_login(user)
    assert client.get("/").content.decode().count('class="plan-card"') == DASHBOARD_PLANS


def test_coordinator_opens_a_bulk_plan_in_the_editor(loaded, client):
    plan = loaded.filter(live=True).first()
    client.force_login(plan.coordinator)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 200


def test_plans_saved_after_the_load_get_fresh_keys(loaded, plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    client.force_login(reader)
    assert client.get(plan.url).status_code == 200
    assert plan.access_group.name == f"plan-{plan.pk}"


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_municipalities_loaded_side_by_side_give_consistent_plans():
    # Committed data: the worker processes open their own connections.
    call_command("seed_load", municipalities=3, plans_per_municipality=5, log_entries_per_plan=1, workers=2)
    plans = PlanPage.objects.order_by("path")
    assert plans.count() == 15
    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])
    for plan in plans:
        before = privacy_state(plan)
        sync_plan_access(plan)
        assert privacy_state(plan) == before
    highest = get_user_model().objects.order_by("-pk").values_list("pk", flat=True).first()
    assert get_user_model().objects.create(username="etter-lasten").pk > highest


def test_side_by_side_loading_is_refused_on_sqlite(db):
    from django.core.management.base import CommandError
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the refusal is SQLite's")
    with pytest.raises(CommandError, match="krever PostgreSQL"):
        call_command("seed_load", municipalities=1, plans_per_municipality=1, workers=2)
