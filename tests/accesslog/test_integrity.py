"""The access log is append-only end to end, kept for its retention period, and a page is
never served when its record cannot be written."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from planpages.models import AccessRecord, AppendOnlyError
from tests.factories import make_user


def old_and_new_records(plan):
    now = timezone.now()
    for days in (4000, 3000, 10):
        AccessRecord.objects.create(
            plan_id=plan.pk, user_display="Leser", what="plan", channel="web", at=now - datetime.timedelta(days=days)
        )


def test_purge_removes_records_past_the_retention_period(plan_factory, settings, caplog):
    settings.ACCESS_LOG_RETENTION_DAYS = 3650
    old_and_new_records(plan_factory())
    with caplog.at_level(logging.INFO, logger="samplan.access_log"):
        call_command("purge_access_log", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert AccessRecord.objects.count() == 2
    assert "removed 1 access records" in caplog.text


def test_retention_period_is_a_setting(plan_factory, settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 30
    old_and_new_records(plan_factory())
    call_command("purge_access_log", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert AccessRecord.objects.count() == 1


def test_ordinary_deletes_are_still_refused_after_a_purge(plan_factory):
    old_and_new_records(plan_factory())
    call_command("purge_access_log", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL only")
def test_database_refuses_update_and_delete_past_the_orm(plan_factory):
    old_and_new_records(plan_factory())
    for statement in ("UPDATE planpages_accessrecord SET what = 'x'", "DELETE FROM planpages_accessrecord"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert AccessRecord.objects.count() == 3


def test_no_admin_screen_changes_or_deletes_records(plan_factory, client):
    old_and_new_records(plan_factory())
    record = AccessRecord.objects.first()
    client.force_login(make_user(is_superuser=True))
    for url in (
        f"/admin/snippets/planpages/accessrecord/edit/{record.pk}/",
        f"/admin/snippets/planpages/accessrecord/delete/{record.pk}/",
        f"/admin/planpages/accessrecord/{record.pk}/delete/",
    ):
        assert client.post(url).status_code == 404
    assert AccessRecord.objects.count() == 3


def drop_access_log_table():
    """A real database failure on insert, undone when the test's transaction rolls back."""
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE planpages_accessrecord")


@pytest.mark.parametrize(
    "url_of", [lambda plan: plan.url, lambda plan: f"/admin/pages/{plan.pk}/edit/"], ids=["plan page", "edit form"]
)
def test_content_is_not_served_when_its_record_cannot_be_written(plan_factory, client, url_of):
    plan = plan_factory(person_name="Hemmelig Person")
    client.force_login(plan.coordinator)
    client.raise_request_exception = False
    drop_access_log_table()
    response = client.get(url_of(plan))
    assert response.status_code == 500
    assert b"Hemmelig Person" not in response.content


def test_pdf_is_not_served_when_its_record_cannot_be_written(plan_factory, client):
    plan = plan_factory(person_name="Hemmelig Person")
    client.force_login(plan.coordinator)
    drop_access_log_table()
    with pytest.raises(DatabaseError):
        client.get(f"{plan.url}pdf/")
