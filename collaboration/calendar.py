"""A meeting as an iCalendar event. Calendars are synced to outside services, so the event
names no person and carries no plan content: a neutral title, the time, the place and a link."""

import datetime

from django.http import HttpResponse
from django.utils import timezone

from accesslog.recording import record_access
from collaboration.views import find_meeting
from planpages.plan_summary import meeting_start
from planpages.tree_shortcuts import absolute_plan_url

MEETING_LENGTH = datetime.timedelta(hours=1)


def ics_text(value):
    """Escape a value for an iCalendar text property (RFC 5545, 3.3.11)."""
    return (
        str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")
    )


def ics_time(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def meeting_event(plan, meeting):
    starts_at = meeting_start(meeting)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Samplan//Samplan//NO",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{meeting.id}@samplan",
        f"DTSTAMP:{ics_time(timezone.now())}",
        f"DTSTART:{ics_time(starts_at)}",
        f"DTEND:{ics_time(starts_at + MEETING_LENGTH)}",
        "SUMMARY:Ansvarsgruppemøte (Samplan)",
    ]
    if meeting.value["place"]:
        lines.append(f"LOCATION:{ics_text(meeting.value['place'])}")
    lines += [f"URL:{absolute_plan_url(plan)}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def meeting_ics(request, plan, meeting_id):
    meeting = find_meeting(plan, meeting_id)
    record_access(request, plan, f"meeting-ics:{meeting_id}")
    response = HttpResponse(meeting_event(plan, meeting), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mote.ics"'
    return response
