"""Twenty participants writing to one plan at the same moment: every entry is kept."""

import threading

import pytest
from django.db import connection

from collaboration import services
from planpages.models import LogEntry, PlanPage
from planpages.plan_types import Access
from tests.factories import PlanFactory, make_user, participant

WRITERS = 20


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_concurrent_log_entries_are_all_kept():
    writers = [make_user() for _ in range(WRITERS)]
    plan = PlanFactory()(participants=[participant(user, Access.WRITE) for user in writers])
    start = threading.Barrier(WRITERS)
    errors = []

    def write(user, number):
        try:
            start.wait(timeout=30)
            services.add_log_entry(plan, user, {"text": f"Samtidig loggføring {number}"})
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(user, n)) for n, user in enumerate(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    texts = set(LogEntry.objects.filter(plan=plan).values_list("text", flat=True))
    assert texts == {f"Samtidig loggføring {n}" for n in range(WRITERS)}
    assert PlanPage.objects.get(pk=plan.pk).last_activity_at >= max(
        LogEntry.objects.filter(plan=plan).values_list("created_at", flat=True)
    )


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_write_waits_for_the_lock_on_the_plan_row():
    from django.db import connections, transaction

    writer = make_user()
    plan = PlanFactory()(participants=[participant(writer, Access.WRITE)])
    locked = threading.Event()
    release = threading.Event()

    def hold_lock():
        with transaction.atomic():
            PlanPage.objects.select_for_update().get(pk=plan.pk)
            locked.set()
            release.wait(timeout=30)
        connections.close_all()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    locked.wait(timeout=30)
    result = {}
    writer_thread = threading.Thread(
        target=lambda: (
            result.update(entry=services.add_log_entry(plan, writer, {"text": "venter"})),
            connection.close(),
        )
    )
    writer_thread.start()
    writer_thread.join(timeout=1)
    assert writer_thread.is_alive() and "entry" not in result  # blocked behind the lock
    release.set()
    writer_thread.join(timeout=30)
    holder.join(timeout=30)
    assert LogEntry.objects.filter(plan=plan, text="venter").exists()
