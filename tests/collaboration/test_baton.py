"""The Stafettlogg baton from the plan page: handing it over, answering, and what holding it
grants; each refusal in Norwegian and with nothing changed."""

import pytest
from django.core import mail

from collaboration import baton as baton_service
from planpages.access import PlanAccess
from planpages.models import Baton, BatonEvent, BatonEventKind, BatonNote, LogEntry, Notification, NotificationKind
from planpages.plan_types import PlanStatus, PlanType
from tests.team import make_team


@pytest.fixture
def stafett(plan_factory):
    return make_team(plan_factory, plan_type=PlanType.STAFETTLOGG)


def offer(team, to, by=None):
    return baton_service.hand_over(team.plan, by or team.plan.coordinator, {"to": to.pk})


def baton_state(plan):
    baton = Baton.objects.filter(plan=plan).first()
    events = list(BatonEvent.objects.filter(plan=plan).values_list("kind", flat=True))
    return (baton.holder_id, baton.pending_offer_id) if baton else None, events


def post(client, user, plan, action, data=None):
    client.force_login(user)
    return client.post(f"{plan.url}stafett/{action}/", data or {})


def test_the_coordinator_holds_the_baton_of_a_new_plan(stafett, client):
    client.force_login(stafett.reader)
    content = client.get(stafett.plan.url).content.decode()
    assert f"Stafettholder: <strong>{stafett.plan.coordinator.get_full_name()}</strong>" in content
    assert PlanAccess(stafett.plan.coordinator, stafett.plan).is_baton_holder


def test_the_coordinator_offers_the_baton_from_the_plan_page(stafett, client):
    response = post(client, stafett.plan.coordinator, stafett.plan, "gi-videre", {"to": stafett.reader.pk})
    assert response.status_code == 302
    baton = Baton.objects.get(plan=stafett.plan)
    assert baton.holder == stafett.plan.coordinator
    assert baton.pending_offer.recipient == stafett.reader
    assert baton.pending_offer.actor == stafett.plan.coordinator


def test_the_receiver_is_notified_by_an_email_without_names_or_content(stafett, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        offer(stafett, stafett.reader)
    notification = Notification.objects.get(kind=NotificationKind.BATON_OFFER)
    assert notification.user == stafett.reader
    assert [message.to for message in mail.outbox] == [[stafett.reader.email]]
    body = mail.outbox[0].subject + mail.outbox[0].body
    for secret in ("Kari Hemmelig", stafett.plan.coordinator.first_name, stafett.reader.first_name, "Gå til butikken"):
        assert secret not in body


def test_the_receiver_is_asked_on_the_plan_page(stafett, client):
    offer(stafett, stafett.reader)
    client.force_login(stafett.reader)
    content = client.get(stafett.plan.url).content.decode()
    assert "Du er spurt om å ta over stafettloggen" in content
    assert "stafett/ta-over/" in content and "stafett/takk-nei/" in content


def test_others_are_not_asked(stafett, client):
    offer(stafett, stafett.reader)
    client.force_login(stafett.writer)
    assert "Du er spurt om å ta over stafettloggen" not in client.get(stafett.plan.url).content.decode()


def test_the_holder_stays_until_the_offer_is_accepted(stafett):
    offer(stafett, stafett.reader)
    assert not PlanAccess(stafett.reader, stafett.plan).is_baton_holder
    assert not PlanAccess(stafett.reader, stafett.plan).can_write


def test_accepting_makes_the_receiver_the_holder(stafett, client):
    pending = offer(stafett, stafett.reader)
    response = post(client, stafett.reader, stafett.plan, "ta-over", {"based_on": pending.pk})
    assert response.status_code == 302
    baton = Baton.objects.get(plan=stafett.plan)
    assert (baton.holder, baton.pending_offer) == (stafett.reader, None)
    accepted = BatonEvent.objects.get(kind=BatonEventKind.ACCEPTED)
    assert (accepted.actor, accepted.holder, accepted.offer) == (stafett.reader, stafett.plan.coordinator, pending)


def test_a_holder_with_read_access_may_write_while_holding(stafett, client):
    baton_service.accept(stafett.plan, stafett.reader, {"based_on": offer(stafett, stafett.reader).pk})
    client.force_login(stafett.reader)
    assert client.post(stafett.plan.url + "logg/", {"text": "Jeg følger opp nå."}).status_code == 302
    assert LogEntry.objects.get(plan=stafett.plan).author == stafett.reader


def test_the_holder_sees_the_access_log_like_the_coordinator(stafett, client):
    client.force_login(stafett.reader)
    assert client.get(stafett.plan.url + "access-log/").status_code != 200
    offer(stafett, stafett.reader)
    baton_service.accept(stafett.plan, stafett.reader, {})
    assert client.get(stafett.plan.url + "access-log/").status_code == 200


def test_the_former_holder_loses_what_holding_gave(stafett):
    baton_service.accept(stafett.plan, stafett.reader, {"based_on": offer(stafett, stafett.reader).pk})
    baton_service.hand_over(stafett.plan, stafett.reader, {"to": stafett.writer.pk})
    baton_service.accept(stafett.plan, stafett.writer, {})
    access = PlanAccess(stafett.reader, stafett.plan)
    assert not access.can_write and not access.can_see_access_log


def test_the_holder_may_hand_the_baton_on(stafett):
    baton_service.accept(stafett.plan, stafett.reader, {"based_on": offer(stafett, stafett.reader).pk})
    pending = baton_service.hand_over(stafett.plan, stafett.reader, {"to": stafett.writer.pk})
    assert (pending.actor, pending.holder, pending.recipient) == (stafett.reader, stafett.reader, stafett.writer)


def test_a_writer_who_does_not_hold_the_baton_may_not_hand_it_over(stafett, client):
    before = baton_state(stafett.plan)
    response = post(client, stafett.writer, stafett.plan, "gi-videre", {"to": stafett.reader.pk})
    assert response.status_code == 403
    assert "Bare stafettholderen eller koordinatoren kan gi stafettloggen videre" in response.content.decode()
    assert baton_state(stafett.plan) == before


def test_handing_to_someone_not_on_the_plan_is_refused(stafett, client):
    response = post(client, stafett.plan.coordinator, stafett.plan, "gi-videre", {"to": stafett.outsider.pk})
    assert response.status_code == 400
    assert "Stafettloggen kan bare gis til koordinatoren eller en deltaker i planen." in response.content.decode()
    assert baton_state(stafett.plan) == (None, [])


def test_accepting_a_baton_offered_to_another_is_refused(stafett, client):
    pending = offer(stafett, stafett.reader)
    before = baton_state(stafett.plan)
    response = post(client, stafett.writer, stafett.plan, "ta-over", {"based_on": pending.pk})
    assert response.status_code == 403
    assert "Stafettloggen er tilbudt en annen" in response.content.decode()
    assert baton_state(stafett.plan) == before


def test_accepting_a_superseded_offer_is_refused(stafett, client):
    first = offer(stafett, stafett.reader)
    offer(stafett, stafett.writer)
    before = baton_state(stafett.plan)
    response = post(client, stafett.reader, stafett.plan, "ta-over", {"based_on": first.pk})
    assert response.status_code == 409
    assert "Tilbudet om å ta over stafettloggen gjelder ikke lenger" in response.content.decode()
    assert baton_state(stafett.plan) == before
    assert before[1] == [BatonEventKind.OFFERED, BatonEventKind.SUPERSEDED, BatonEventKind.OFFERED]


def test_accepting_a_withdrawn_offer_is_refused(stafett, client):
    pending = offer(stafett, stafett.reader)
    withdrawn = post(client, stafett.plan.coordinator, stafett.plan, "trekk-tilbake", {"based_on": pending.pk})
    assert withdrawn.status_code == 302
    before = baton_state(stafett.plan)
    response = post(client, stafett.reader, stafett.plan, "ta-over", {"based_on": pending.pk})
    assert response.status_code == 409
    assert "gjelder ikke lenger" in response.content.decode()
    assert baton_state(stafett.plan) == before == ((stafett.plan.coordinator.pk, None), ["offered", "withdrawn"])


def test_declining_keeps_the_holder(stafett, client):
    pending = offer(stafett, stafett.reader)
    assert post(client, stafett.reader, stafett.plan, "takk-nei", {"based_on": pending.pk}).status_code == 302
    assert baton_state(stafett.plan) == ((stafett.plan.coordinator.pk, None), ["offered", "declined"])


def test_answering_when_nobody_was_asked_is_refused(stafett, client):
    response = post(client, stafett.reader, stafett.plan, "ta-over")
    assert response.status_code == 409
    assert "Ingen har bedt om at stafettloggen skal tas over nå" in response.content.decode()
    assert baton_state(stafett.plan) == (None, [])


def test_nobody_accepts_on_a_closed_plan(stafett, client):
    pending = offer(stafett, stafett.reader)
    type(stafett.plan).objects.filter(pk=stafett.plan.pk).update(status=PlanStatus.CLOSED)
    before = baton_state(stafett.plan)
    response = post(client, stafett.reader, stafett.plan, "ta-over", {"based_on": pending.pk})
    assert response.status_code == 403
    assert baton_state(stafett.plan) == before


@pytest.mark.parametrize("action", ["gi-videre", "ta-over", "takk-nei", "trekk-tilbake", "lysglimt-og-bekymringer"])
def test_an_outsider_gets_the_404_of_a_plan_that_does_not_exist(stafett, client, action):
    offer(stafett, stafett.reader)
    before = baton_state(stafett.plan)
    client.force_login(stafett.outsider)
    response = client.post(f"{stafett.plan.url}stafett/{action}/", {"to": stafett.reader.pk, "text": "x"})
    made_up = client.post(f"{stafett.plan.get_parent().url}ffffffffffffffff/stafett/{action}/")
    assert response.status_code == made_up.status_code == 404
    assert baton_state(stafett.plan) == before and not BatonNote.objects.exists()


@pytest.mark.parametrize("action", ["gi-videre", "ta-over", "takk-nei", "trekk-tilbake", "lysglimt-og-bekymringer"])
def test_plans_of_other_types_have_no_baton(plan_factory, client, action):
    team = make_team(plan_factory, plan_type=PlanType.IP)
    client.force_login(team.plan.coordinator)
    response = client.post(f"{team.plan.url}stafett/{action}/", {"to": team.reader.pk, "kind": "concern", "text": "x"})
    assert response.status_code == 404
    assert not Baton.objects.exists() and not BatonEvent.objects.exists() and not BatonNote.objects.exists()


def test_other_plan_types_show_no_baton_section(plan_factory, client):
    team = make_team(plan_factory, plan_type=PlanType.IP)
    client.force_login(team.plan.coordinator)
    assert 'id="section-baton"' not in client.get(team.plan.url).content.decode()


def test_a_writer_adds_a_bright_spot_from_the_plan_page(stafett, client):
    client.force_login(stafett.writer)
    data = {"kind": "bright_spot", "text": "Spilte fotball i storefri."}
    assert client.post(stafett.plan.url + "stafett/lysglimt-og-bekymringer/", data).status_code == 302
    note = BatonNote.objects.get(plan=stafett.plan)
    assert (note.kind, note.author, note.text) == ("bright_spot", stafett.writer, "Spilte fotball i storefri.")
    client.force_login(stafett.reader)
    assert "Spilte fotball i storefri." in client.get(stafett.plan.url).content.decode()


def test_a_writer_adds_a_concern(stafett):
    baton_service.add_note(stafett.plan, stafett.writer, {"kind": "concern", "text": "Virker sliten."})
    assert BatonNote.objects.get().get_kind_display() == "Undring/bekymring"


def test_a_reader_may_not_add_a_concern_and_keeps_the_text(stafett, client):
    client.force_login(stafett.reader)
    data = {"kind": "concern", "text": "Virker sliten."}
    response = client.post(stafett.plan.url + "stafett/lysglimt-og-bekymringer/", data)
    assert response.status_code == 403
    assert "Du har bare lesetilgang" in response.content.decode() and "Virker sliten." in response.content.decode()
    assert not BatonNote.objects.exists()


def test_an_empty_note_is_refused_with_a_message(stafett, client):
    client.force_login(stafett.writer)
    response = client.post(stafett.plan.url + "stafett/lysglimt-og-bekymringer/", {"kind": "concern", "text": ""})
    assert response.status_code == 400
    assert "Skriv noe i feltet før du lagrer." in response.content.decode()
    assert not BatonNote.objects.exists()


def test_the_history_is_shown_on_the_plan_page(stafett, client):
    baton_service.decline(stafett.plan, stafett.reader, {"based_on": offer(stafett, stafett.reader).pk})
    client.force_login(stafett.writer)
    content = client.get(stafett.plan.url).content.decode()
    coordinator, reader = stafett.plan.coordinator.get_full_name(), stafett.reader.get_full_name()
    assert f"{coordinator} ba {reader} ta over stafettloggen etter {coordinator}." in content
    assert f"{reader} takket nei til å ta over stafettloggen." in content


def test_a_get_on_a_baton_action_is_not_allowed(stafett, client):
    client.force_login(stafett.plan.coordinator)
    assert client.get(stafett.plan.url + "stafett/gi-videre/").status_code == 405


# Measured: the plan page of a Stafettlogg plan, as a participant answering an offer.
# +1 since consents: whether a participant may see them asks whether they hold the baton.
# +1 for new since the last visit: the previous visit is read before it is updated.
QUERY_LIMIT = 24


def test_the_stafettlogg_plan_page_queries_do_not_grow_with_the_baton_history(
    stafett, client, django_assert_max_num_queries
):
    offer(stafett, stafett.reader)
    baton_service.add_note(stafett.plan, stafett.writer, {"kind": "concern", "text": "Virker sliten."})
    client.force_login(stafett.reader)
    client.get(stafett.plan.url)
    with django_assert_max_num_queries(QUERY_LIMIT):
        assert client.get(stafett.plan.url).status_code == 200
    for number in range(10):
        offer(stafett, stafett.writer if number % 2 else stafett.reader)
        baton_service.add_note(stafett.plan, stafett.writer, {"kind": "bright_spot", "text": f"Lysglimt {number}"})
    with django_assert_max_num_queries(QUERY_LIMIT):
        assert client.get(stafett.plan.url).status_code == 200


def test_the_page_answers_the_offer_it_shows(stafett, client):
    pending = offer(stafett, stafett.reader)
    client.force_login(stafett.reader)
    content = client.get(stafett.plan.url).content.decode()
    assert content.count(f'name="based_on" value="{pending.pk}"') == 2
