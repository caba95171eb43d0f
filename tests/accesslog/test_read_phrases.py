"""The owner's access log says every kind of read in plain Norwegian, never as a raw code."""

import pytest

from accesslog.reads import READ_PHRASES, read_kind
from accesslog.recording import record_access
from accesslog.views import describe
from planpages.models import AccessRecord
from tests.privacy.routes import ROUTES


def test_recording_a_read_without_a_phrase_is_refused_and_writes_nothing(team, rf):
    request = rf.get("/")
    request.user = team.writer
    with pytest.raises(ValueError, match="no phrase"):
        record_access(request, team.plan, "telepathy:1")
    assert not AccessRecord.objects.exists()


@pytest.mark.parametrize("kind", sorted(READ_PHRASES))
def test_each_kind_of_read_is_described_in_words(team, kind):
    record = AccessRecord.objects.create(
        plan_id=team.plan.pk, user=team.writer, user_display="Lise Lærer", what=f"{kind}:0f1e2d"
    )
    sentence = describe(record)
    assert str(READ_PHRASES[kind]) in sentence
    assert f"{kind}:" not in sentence and "0f1e2d" not in sentence


def test_every_read_that_the_plan_routes_write_has_a_phrase(team, client):
    client.force_login(team.plan.coordinator)
    for route in ROUTES:
        assert client.get(route.url_for(team.plan)).status_code == 200, route
    client.get(f"{team.plan.url}access-log/")
    client.get(f"/admin/pages/{team.plan.pk}/edit/")
    kinds = {read_kind(what) for what in AccessRecord.objects.values_list("what", flat=True)}
    assert len(kinds) >= len(ROUTES)
    assert kinds <= set(READ_PHRASES)
