import csv
import io

from planpages.models import AccessRecord
from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant

EXPORT_URL = "/admin/access-log/export/"


def exported_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_operator_exports_what_a_person_read_and_who_read_their_plan(plan_factory, client):
    owner = make_user(first_name="Åse", last_name="Ødegård")
    reader = make_user(first_name="Lise", last_name="Lærer")
    plan = plan_factory(participants=[participant(owner, Access.WRITE, ParticipantRole.OWNER), participant(reader)])
    elsewhere = plan_factory(participants=[participant(reader)])
    for user, where in ((owner, plan), (reader, plan), (reader, elsewhere)):
        client.force_login(user)
        client.get(where.url)
    client.force_login(make_user(is_superuser=True))
    response = client.get(EXPORT_URL, {"user": owner.pk})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = exported_rows(response)
    assert header[0] == "tidspunkt (UTC)"
    assert sorted(row[3] for row in rows) == ["Lise Lærer", "Åse Ødegård"]
    assert {row[1] for row in rows} == {str(plan.pk)}


def test_export_is_for_the_operator_only(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert client.get(EXPORT_URL, {"user": plan.coordinator.pk}).status_code in (302, 403)


def test_export_form_is_shown_without_a_person(db, client):
    client.force_login(make_user(is_superuser=True))
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    assert 'name="user"' in response.content.decode()


def test_export_keeps_records_of_deleted_plans(plan_factory, client):
    reader = make_user()
    AccessRecord.objects.create(plan_id=987654, user=reader, user_display="Leser", what="plan", channel="web")
    client.force_login(make_user(is_superuser=True))
    _header, row = exported_rows(client.get(EXPORT_URL, {"user": reader.pk}))
    assert row[1] == "987654"


def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(db, client):
    reader = make_user()
    starts = ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tfane", "\rretur"]
    for start in starts:
        AccessRecord.objects.create(plan_id=1, user=reader, user_display=start, role_display=start, what="plan")
    client.force_login(make_user(is_superuser=True))
    _header, *rows = exported_rows(client.get(EXPORT_URL, {"user": reader.pk}))
    assert sorted(row[3] for row in rows) == sorted(f"'{start}" for start in starts)
    assert sorted(row[5] for row in rows) == sorted(f"'{start}" for start in starts)
