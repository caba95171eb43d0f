"""A meeting as an iCalendar event. Calendars are synced to outside services, so the event
names no person: a neutral title, the time, the place, the agenda and a link to the plan."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from accesslog.recording import record_access
from collaboration.views import find_meeting
from planpages.blocks import MEETING_MINUTES
from planpages.plan_summary import meeting_start

EVENT_TITLE = "Møte i ansvarsgruppen"
LINE_OCTETS = 75


def ics_text(value):
    """Escape a value for an iCalendar text property (RFC 5545, 3.3.11)."""
    return (
        str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")
    )


def ics_fold(line):
    """Fold a content line into pieces of at most 75 octets, never inside a character (3.1)."""
    pieces, piece = [], ""
    for character in line:
        limit = LINE_OCTETS if not pieces else LINE_OCTETS - 1
        if len((piece + character).encode()) > limit:
            pieces.append(piece)
            piece = ""
        piece += character
    return "\r\n ".join([*pieces, piece])


def ics_time(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def plan_link(request, plan):
    """The plan's absolute address: the configured public base URL, else the one asked."""
    base = settings.SAMPLAN_BASE_URL.rstrip("/") or f"{request.scheme}://{request.get_host()}"
    return base + plan.url


def meeting_length(meeting):
    """As long as the coordinator said; meetings written before there was a length last an hour."""
    return datetime.timedelta(minutes=meeting.value.get("duration") or MEETING_MINUTES)


def meeting_event(request, plan, meeting):
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
        f"DTEND:{ics_time(starts_at + meeting_length(meeting))}",
        f"SUMMARY:{EVENT_TITLE}",
    ]
    if meeting.value["place"]:
        lines.append(f"LOCATION:{ics_text(meeting.value['place'])}")
    if meeting.value["agenda"]:
        lines.append(f"DESCRIPTION:{ics_text(meeting.value['agenda'])}")
    lines += [f"URL:{plan_link(request, plan)}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


def meeting_ics(request, plan, meeting_id):
    meeting = find_meeting(plan, meeting_id)
    record_access(request, plan, f"meeting-ics:{meeting_id}")
    response = HttpResponse(meeting_event(request, plan, meeting), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mote.ics"'
    return response
