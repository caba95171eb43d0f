import threading

import pytest
from django.db import connection

from planpages.api.log_entry_write import WriteRefused, append_log_entry
from planpages.models import LogEntry, PlanPage
from planpages.plan_types import Access, PlanStatus
from tests.factories import PlanFactory, make_user, participant


def test_append_bumps_last_activity(plan_factory):
    writer = make_user()
    plan = plan_factory(participants=[participant(writer, Access.WRITE)])
    entry = append_log_entry(plan.pk, writer, "Hei")
    assert PlanPage.objects.get(pk=plan.pk).last_activity_at == entry.created_at


def test_rule_is_checked_again_under_the_lock(plan_factory):
    writer = make_user()
    plan = plan_factory(participants=[participant(writer, Access.WRITE)])
    PlanPage.objects.filter(pk=plan.pk).update(status=PlanStatus.CLOSED)
    with pytest.raises(WriteRefused):
        append_log_entry(plan.pk, writer, "For sent")
    assert not LogEntry.objects.filter(plan=plan).exists()


@pytest.mark.postgres_only
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks across threads need PostgreSQL")
# serialized_rollback keeps the page tree (and its post_migrate hook) intact around the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writers_lose_nothing():
    writers = [make_user() for _ in range(4)]
    plan = PlanFactory()(participants=[participant(user, Access.WRITE) for user in writers])
    errors = []

    def write(user):
        try:
            for n in range(5):
                append_log_entry(plan.pk, user, f"{user.username} {n}")
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(user,)) for user in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LogEntry.objects.filter(plan=plan).count() == 20
    latest = LogEntry.objects.filter(plan=plan).order_by("-created_at").first()
    assert PlanPage.objects.get(pk=plan.pk).last_activity_at == latest.created_at
