from planpages.models import AccessRecord
from tests.team import meeting_id


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
    for personal in ("Kari Hemmelig", "Status", "INVITE", "ATTENDEE"):
        assert personal not in body
    assert AccessRecord.objects.filter(user=team.reader, what=f"meeting-ics:{meeting}").exists()


def test_non_member_gets_no_calendar(team, client):
    client.force_login(team.outsider)
    assert client.get(f"{team.plan.url}moter/{meeting_id(team.plan)}/kalender/").status_code == 404


def test_unknown_meeting_is_404(team, client):
    client.force_login(team.reader)
    assert client.get(f"{team.plan.url}moter/finnes-ikke/kalender/").status_code == 404
