import pytest

from planpages.models import AccessRecord, AppendOnlyError
from tests.factories import make_user, participant


def test_reading_a_plan_writes_one_access_record(plan_factory, client):
    reader = make_user(first_name="Per", last_name="Leser")
    plan = plan_factory(participants=[participant(reader)])
    client.force_login(reader)
    client.get(plan.url)
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.user_id, record.what, record.channel, record.granted) == (reader.pk, "plan", "web", True)
    assert record.user_display == "Per Leser"


def test_denied_attempt_is_recorded(plan_factory, client):
    stranger = make_user()
    plan = plan_factory()
    client.force_login(stranger)
    assert client.get(plan.url).status_code == 404
    assert AccessRecord.objects.get(plan_id=plan.pk).granted is False


def test_access_records_cannot_be_updated_or_deleted(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    client.get(plan.url)
    record = AccessRecord.objects.get()
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().update(what="x")
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().delete()
    assert AccessRecord.objects.get().what == "plan"
