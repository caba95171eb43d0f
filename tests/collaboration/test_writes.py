"""Writing from the plan page: who may, what is refused, and that a refusal stores nothing."""

import datetime

import pytest

from collaboration import services
from planpages.models import Evaluation, LogEntry, LogEntryCorrection, MeetingMinutes, Message, PlanPage
from planpages.plan_types import PlanStatus
from tests.team import make_team, meeting_id

TEXT_ROUTES = {"logg/": LogEntry, "meldinger/": Message}


def stored_rows():
    return sum(model.objects.count() for model in (LogEntry, Message, Evaluation, MeetingMinutes))


def test_writer_adds_a_log_entry_from_the_plan_page(team, client):
    before = team.plan.last_activity_at
    client.force_login(team.writer)
    response = client.post(team.plan.url + "logg/", {"text": "Vi gikk til butikken."}, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "Loggføringen er lagret." in response.content.decode()
    assert LogEntry.objects.get(plan=team.plan).text == "Vi gikk til butikken."
    assert PlanPage.objects.get(pk=team.plan.pk).last_activity_at > before


def test_writer_posts_a_message_in_the_conversation(team, client):
    client.force_login(team.writer)
    client.post(team.plan.url + "meldinger/", {"text": "Kan vi flytte møtet?"})
    client.force_login(team.reader)
    assert "Kan vi flytte møtet?" in client.get(team.plan.url).content.decode()


def test_writer_adds_an_evaluation_with_an_assessment_per_goal(team, client):
    client.force_login(team.writer)
    data = {"evaluated_on": "2026-03-01", "goal_0": "Går bra, handler alene.", "goal_1": "", "next_steps": "Fortsette"}
    response = client.post(team.plan.url + "evalueringer/", data)
    assert response.status_code == 302
    evaluation = Evaluation.objects.get(plan=team.plan)
    assert evaluation.assessments == [{"goal": "Gå til butikken", "assessment": "Går bra, handler alene."}]
    assert evaluation.next_steps == "Fortsette"


def test_evaluation_without_any_assessment_is_refused_and_keeps_the_input(team, client):
    client.force_login(team.writer)
    response = client.post(team.plan.url + "evalueringer/", {"evaluated_on": "2026-03-01", "next_steps": "Noe videre"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Skriv en vurdering for minst ett mål" in content and "Noe videre" in content
    assert not Evaluation.objects.exists()


def test_reader_sees_the_lists_but_no_forms(team, client):
    services.post_message(team.plan, team.writer, {"text": "Hei alle"})
    client.force_login(team.reader)
    content = client.get(team.plan.url).content.decode()
    assert "Hei alle" in content
    assert 'class="write-form"' not in content
    client.force_login(team.writer)
    assert 'class="write-form"' in client.get(team.plan.url).content.decode()


@pytest.mark.parametrize("route", ["logg/", "meldinger/", "evalueringer/", "vedlegg/"])
def test_reader_post_is_refused_with_a_norwegian_message_and_nothing_is_stored(team, client, route):
    client.force_login(team.reader)
    response = client.post(team.plan.url + route, {"text": "Leseren prøver", "evaluated_on": "2026-01-01"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "Du har bare lesetilgang til denne planen" in content
    assert "Leseren prøver" in content  # what they typed is shown back, not lost
    assert stored_rows() == 0


@pytest.mark.parametrize("route", ["logg/", "meldinger/", "evalueringer/", "vedlegg/"])
def test_non_member_post_gets_the_same_404_as_a_missing_plan(team, client, route):
    client.force_login(team.outsider)
    response = client.post(team.plan.url + route, {"text": "Utenforstående"})
    assert response.status_code == 404
    assert client.post("/testby/planer/finnesikke/" + route, {"text": "x"}).status_code == 404
    assert stored_rows() == 0


def test_closed_plan_refuses_writes_with_a_clear_message(plan_factory, client):
    team = make_team(plan_factory, status=PlanStatus.CLOSED)
    client.force_login(team.writer)
    response = client.post(team.plan.url + "logg/", {"text": "For sent"})
    assert response.status_code == 403
    assert "Planen er avsluttet" in response.content.decode()
    assert "For sent" in response.content.decode()
    assert stored_rows() == 0


def test_closed_plan_offers_no_forms(plan_factory, client):
    team = make_team(plan_factory, status=PlanStatus.CLOSED)
    client.force_login(team.writer)
    assert 'class="write-form"' not in client.get(team.plan.url).content.decode()


@pytest.mark.parametrize("route", list(TEXT_ROUTES))
def test_empty_text_is_refused_with_guidance(team, client, route):
    client.force_login(team.writer)
    response = client.post(team.plan.url + route, {"text": "   "})
    assert response.status_code == 400
    assert "Skriv noe i feltet før du lagrer." in response.content.decode()
    assert not TEXT_ROUTES[route].objects.exists()


@pytest.mark.parametrize("route", list(TEXT_ROUTES))
def test_too_long_text_is_refused_and_the_typed_text_is_kept(team, client, route):
    client.force_login(team.writer)
    too_long = "ord " * 3000
    response = client.post(team.plan.url + route, {"text": too_long})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Teksten er for lang" in content
    assert too_long.strip() in content
    assert not TEXT_ROUTES[route].objects.exists()


def test_write_path_is_callable_without_a_request(team):
    entry = services.add_log_entry(team.plan, team.writer, {"text": "Fra API"})
    assert entry.plan_id == team.plan.pk and entry.author == team.writer
    with pytest.raises(services.WriteRefused) as refused:
        services.add_log_entry(team.plan, team.reader, {"text": "Nei"})
    assert refused.value.status == 403
    with pytest.raises(services.WriteRefused) as hidden:
        services.add_log_entry(team.plan, team.outsider, {"text": "Nei"})
    assert hidden.value.status == 404
    with pytest.raises(services.InvalidWrite):
        services.add_log_entry(team.plan, team.writer, {"text": ""})
    assert LogEntry.objects.count() == 1


def test_writing_minutes_keeps_every_version(team, client):
    meeting = meeting_id(team.plan)
    url = f"{team.plan.url}moter/{meeting}/referat/"
    client.force_login(team.writer)
    assert client.post(url, {"meeting_id": meeting, "text": "Første utkast"}).status_code == 302
    first = MeetingMinutes.objects.get()
    client.post(url, {"meeting_id": meeting, "based_on": str(first.pk), "text": "Andre utkast"})
    assert list(MeetingMinutes.objects.order_by("created_at").values_list("text", flat=True)) == [
        "Første utkast",
        "Andre utkast",
    ]
    content = client.get(url).content.decode()
    assert "Andre utkast" in content and "Første utkast" in content


def test_completed_minutes_cannot_be_changed(team, client):
    meeting = meeting_id(team.plan)
    url = f"{team.plan.url}moter/{meeting}/referat/"
    client.force_login(team.writer)
    client.post(url, {"meeting_id": meeting, "text": "Endelig referat", "completed": "on"})
    done = MeetingMinutes.objects.get()
    assert done.completed
    response = client.post(url, {"meeting_id": meeting, "based_on": str(done.pk), "text": "Endring"})
    assert response.status_code == 409
    assert "Referatet er ferdigstilt" in response.content.decode()
    assert MeetingMinutes.objects.count() == 1
    assert "Lagre referat" not in client.get(url).content.decode()


def test_minutes_saved_over_a_version_the_writer_never_saw_are_refused_and_kept_in_the_form(team, client):
    meeting = meeting_id(team.plan)
    services.save_minutes(team.plan, team.plan.coordinator, {"meeting_id": meeting, "text": "Koordinatorens tekst"})
    client.force_login(team.writer)
    response = client.post(
        f"{team.plan.url}moter/{meeting}/referat/", {"meeting_id": meeting, "based_on": "", "text": "Min tekst"}
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Noen andre lagret referatet mens du skrev" in content and "Min tekst" in content
    assert MeetingMinutes.objects.count() == 1


def test_minutes_for_a_meeting_not_in_the_plan_are_refused(team):
    with pytest.raises(services.InvalidWrite):
        services.save_minutes(team.plan, team.writer, {"meeting_id": "finnes-ikke", "text": "x"})
    assert not MeetingMinutes.objects.exists()


def test_reader_may_read_minutes_but_gets_no_form_and_cannot_post(team, client):
    meeting = meeting_id(team.plan)
    services.save_minutes(team.plan, team.writer, {"meeting_id": meeting, "text": "Referattekst"})
    url = f"{team.plan.url}moter/{meeting}/referat/"
    client.force_login(team.reader)
    content = client.get(url).content.decode()
    assert "Referattekst" in content and "Lagre referat" not in content
    assert client.post(url, {"meeting_id": meeting, "text": "Leser"}).status_code == 403
    assert MeetingMinutes.objects.count() == 1


def test_author_corrects_own_entry_within_a_day_and_the_earlier_text_is_kept(team, client):
    entry = services.add_log_entry(team.plan, team.writer, {"text": "Skrivefeil her"})
    client.force_login(team.writer)
    response = client.post(f"{team.plan.url}logg/{entry.pk}/rett/", {"text": "Rettet tekst"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.text == "Rettet tekst"
    assert LogEntryCorrection.objects.get(entry=entry).earlier_text == "Skrivefeil her"
    client.force_login(team.reader)
    assert "Skrivefeil her" in client.get(f"{team.plan.url}logg/{entry.pk}/rett/").content.decode()


def test_nobody_else_corrects_an_entry(team, client):
    entry = services.add_log_entry(team.plan, team.writer, {"text": "Original"})
    client.force_login(team.plan.coordinator)
    assert client.post(f"{team.plan.url}logg/{entry.pk}/rett/", {"text": "Kapret"}).status_code == 403
    entry.refresh_from_db()
    assert entry.text == "Original" and not LogEntryCorrection.objects.exists()


def test_author_cannot_correct_after_24_hours(team, client):
    entry = services.add_log_entry(team.plan, team.writer, {"text": "Gammel"})
    LogEntry.objects.filter(pk=entry.pk).update(created_at=entry.created_at - datetime.timedelta(hours=25))
    client.force_login(team.writer)
    response = client.post(f"{team.plan.url}logg/{entry.pk}/rett/", {"text": "Ny"})
    assert response.status_code == 403
    assert "bare det første døgnet" in response.content.decode()
    entry.refresh_from_db()
    assert entry.text == "Gammel"


def test_assessment_stays_with_the_goal_the_writer_saw_when_goals_changed_meanwhile(team):
    data = {"evaluated_on": "2026-03-01", "goal_title_0": "Gammelt mål", "goal_0": "Vurdering av det gamle målet"}
    evaluation = services.add_evaluation(team.plan, team.writer, data)
    assert evaluation.assessments == [{"goal": "Gammelt mål", "assessment": "Vurdering av det gamle målet"}]
