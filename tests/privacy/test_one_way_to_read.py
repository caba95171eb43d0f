"""One way to read a plan: no moderation workflow (whose previews and queues would show plan
content outside the rule and the access log), and every admin view that renders a plan writes
one access record for a permitted user and answers others with the 404 of a missing page."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, Page, Workflow, WorkflowPage, WorkflowState

from planpages.models import AccessRecord
from tests.factories import make_user
from tests.privacy.test_same_denial import NOT_A_PAGE, comparable


def migration(name):
    return importlib.import_module(f"planpages.migrations.{name}")


def test_plans_have_no_moderation_workflow(plan_factory):
    plan = plan_factory()
    assert plan.get_workflow() is None
    assert not WorkflowPage.objects.exists()


def test_migration_detaches_workflows_and_cancels_moderation_under_way(plan_factory):
    plan = plan_factory()
    workflow = Workflow.objects.first()
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=workflow)
    state = workflow.start(plan, plan.coordinator)
    migration("0009_no_moderation_workflow").detach_workflows(apps, None)
    assert not WorkflowPage.objects.exists()
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_CANCELLED


@pytest.fixture
def in_moderation(plan_factory):
    """A plan left in moderation from before workflows were turned off."""
    plan = plan_factory(person_name="Hemmelig Person")
    state = Workflow.objects.first().start(plan, plan.coordinator)
    return plan, state


WORKFLOW_URLS = [
    "/admin/pages/workflow/preview/{id}/{task}/",
    "/admin/pages/{id}/workflow_history/",
    "/admin/pages/{id}/workflow_history/detail/{state}/",
    "/admin/pages/workflow/confirm_cancellation/{id}/",
]


@pytest.mark.parametrize("template", WORKFLOW_URLS)
def test_workflow_views_answer_even_the_coordinator_as_for_a_missing_page(template, in_moderation, client):
    plan, state = in_moderation
    client.force_login(plan.coordinator)
    real, gone = (
        template.format(id=page_id, task=state.current_task_state.task_id, state=state.pk)
        for page_id in (plan.pk, NOT_A_PAGE)
    )
    answer = client.get(real)
    assert answer.status_code == 404
    assert comparable(answer, real) == comparable(client.get(gone), gone)
    assert "Hemmelig" not in answer.content.decode()


@pytest.mark.parametrize(
    "url", ["/admin/reports/workflow/", "/admin/reports/workflow_tasks/", "/admin/workflows/list/"]
)
def test_moderation_reports_and_workflow_settings_are_gone(url, in_moderation, client):
    client.force_login(make_user(is_superuser=True))
    assert client.get(url).status_code == 404


def test_opening_the_history_is_recorded_once(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert client.get(f"/admin/pages/{plan.pk}/history/").status_code == 200
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.what, record.channel, record.granted, record.user_id) == (
        "history",
        "admin",
        True,
        plan.coordinator.pk,
    )


def test_another_coordinators_history_is_a_404_and_a_refused_record(plan_factory, client):
    plan = plan_factory()
    other = make_user()
    other.groups.add(plan.get_parent().get_parent().specific.coordinators_group)
    client.force_login(other)
    assert client.get(f"/admin/pages/{plan.pk}/history/").status_code == 404
    assert AccessRecord.objects.get(plan_id=plan.pk).granted is False


def test_wagtails_default_groups_are_gone(db):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_migration_removes_the_default_groups_and_their_collection_rights(db):
    editors = Group.objects.create(name="Editors")
    GroupCollectionPermission.objects.create(
        group=editors,
        collection_id=1,
        permission=apps.get_model("auth", "Permission").objects.get(codename="change_document"),
    )
    kept = Group.objects.create(name="testby-koordinatorer")
    migration("0010_default_groups_without_rights").remove_default_groups(apps, None)
    assert list(Group.objects.filter(pk__in=[editors.pk, kept.pk])) == [kept]
    assert not GroupCollectionPermission.objects.filter(group_id=editors.pk).exists()
