import datetime

from collaboration.calendar import ics_fold
from planpages.models import AccessRecord
from tests.factories import meeting_block
from tests.team import meeting_id


def calendar_lines(client, plan, **headers):
    response = client.get(f"{plan.url}moter/{meeting_id(plan)}/kalender/", **headers)
    unfolded = response.content.decode().replace("\r\n ", "")
    return dict(line.split(":", 1) for line in unfolded.split("\r\n") if line)


def test_participant_gets_the_meeting_as_icalendar_without_personal_data(team, client):
    client.force_login(team.reader)
    meeting = meeting_id(team.plan)
    response = client.get(f"{team.plan.url}moter/{meeting}/kalender/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment;")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and f"UID:{meeting}@samplan" in body
    assert "LOCATION:Rådhuset" in body and "DTSTART:" in body
    for personal in ("Kari Hemmelig", "INVITE", "ATTENDEE"):
        assert personal not in body
    assert AccessRecord.objects.filter(user=team.reader, what=f"meeting-ics:{meeting}").exists()


def test_non_member_gets_no_calendar(team, client):
    client.force_login(team.outsider)
    assert client.get(f"{team.plan.url}moter/{meeting_id(team.plan)}/kalender/").status_code == 404


def test_unknown_meeting_is_404(team, client):
    client.force_login(team.reader)
    assert client.get(f"{team.plan.url}moter/finnes-ikke/kalender/").status_code == 404


def test_calendar_title_is_the_meeting_of_the_group_naming_no_one(team, client):
    client.force_login(team.reader)
    assert calendar_lines(client, team.plan)["SUMMARY"] == "Møte i ansvarsgruppen"


def test_calendar_description_is_the_agenda(team, plan_factory, client):
    meeting = meeting_block()
    meeting["value"]["agenda"] = "Skolestart, ny assistent; oppsummering\nNeste møte"
    team.plan.body = [meeting]
    team.plan.save_revision().publish()
    client.force_login(team.reader)
    assert calendar_lines(client, team.plan)["DESCRIPTION"] == "Skolestart\\, ny assistent\\; oppsummering\\nNeste møte"


def test_calendar_link_uses_the_configured_base_url(team, client, settings):
    settings.SAMPLAN_BASE_URL = "https://samplan.nordby.kommune.no/"
    client.force_login(team.reader)
    link = calendar_lines(client, team.plan)["URL"]
    assert link == f"https://samplan.nordby.kommune.no{team.plan.url}"


def test_calendar_link_without_a_configured_base_url_is_the_server_asked(team, client, settings):
    settings.SAMPLAN_BASE_URL = ""
    settings.ALLOWED_HOSTS = ["samplan.sorvik.no"]
    client.force_login(team.reader)
    link = calendar_lines(client, team.plan, HTTP_HOST="samplan.sorvik.no")["URL"]
    assert link == f"http://samplan.sorvik.no{team.plan.url}"
    assert "127.0.0.1" not in link


def event_length(client, plan):
    lines = calendar_lines(client, plan)
    starts = datetime.datetime.strptime(lines["DTSTART"], "%Y%m%dT%H%M%SZ")
    return datetime.datetime.strptime(lines["DTEND"], "%Y%m%dT%H%M%SZ") - starts


def test_calendar_event_lasts_as_long_as_the_meeting(team, client):
    meeting = meeting_block()
    meeting["value"]["duration"] = 90
    team.plan.body = [meeting]
    team.plan.save_revision().publish()
    client.force_login(team.reader)
    assert event_length(client, team.plan) == datetime.timedelta(minutes=90)


def test_a_meeting_written_before_it_had_a_length_lasts_an_hour(team, client):
    client.force_login(team.reader)
    assert "duration" not in meeting_block()["value"]
    assert event_length(client, team.plan) == datetime.timedelta(hours=1)


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    folded = ics_fold("DESCRIPTION:" + "æøå" * 40).split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in folded)
    assert "".join(piece.removeprefix(" ") for piece in folded) == "DESCRIPTION:" + "æøå" * 40
