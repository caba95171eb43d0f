from wagtail.test.utils.form_data import nested_form_data, streamfield

from planpages.models import PlanPage
from planpages.plan_types import PlanStatus
from tests.factories import make_user


def edit_form_data(plan, **overrides):
    data = {
        "person_name": plan.person_name,
        "person_birth_date": "",
        "body": streamfield([]),
        "status": plan.status,
        "start_date": "",
        "period_end": "",
        "next_evaluation_date": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_coordinator_edits_their_plan(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    response = client.post(
        f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan, person_name="Nytt Navn"), "action-publish": "1"}
    )
    assert response.status_code == 302
    assert PlanPage.objects.get(pk=plan.pk).person_name == "Nytt Navn"


def test_other_coordinator_cannot_edit_the_plan(plan_factory, client):
    plan = plan_factory()
    other = make_user()
    other.groups.add(plan.get_parent().get_parent().specific.coordinators_group)
    client.force_login(other)
    response = client.post(f"/admin/pages/{plan.pk}/edit/", edit_form_data(plan, person_name="Kapret"))
    assert response.status_code == 404
    assert PlanPage.objects.get(pk=plan.pk).person_name == plan.person_name


def test_closed_plan_rejects_edits(plan_factory, client):
    plan = plan_factory(status=PlanStatus.CLOSED)
    client.force_login(plan.coordinator)
    response = client.post(
        f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan, person_name="Endret"), "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    assert PlanPage.objects.get(pk=plan.pk).person_name == plan.person_name
    assert not plan.permissions_for_user(plan.coordinator).can_edit()


def test_closing_a_plan_through_the_editor_makes_it_read_only(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    client.post(
        f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan, status=PlanStatus.CLOSED), "action-publish": "1"}
    )
    plan.refresh_from_db()
    assert plan.status == PlanStatus.CLOSED
    assert not plan.permissions_for_user(plan.coordinator).can_edit()
