from .access_log import AccessRecord, AppendOnlyError
from .archive import PlanArchiveCopy
from .collaboration import Attachment, Evaluation, LogEntryCorrection, MeetingMinutes, Message
from .entries import LogEntry, PlanVisit
from .notifications import Notification, NotificationFrequency, NotificationKind, NotificationPreference
from .pages import HomePage, MunicipalityPage, PlanIndexPage, PlanPage
from .participants import PlanParticipant

__all__ = [
    "AccessRecord",
    "AppendOnlyError",
    "Attachment",
    "Evaluation",
    "HomePage",
    "LogEntry",
    "LogEntryCorrection",
    "MeetingMinutes",
    "Message",
    "MunicipalityPage",
    "Notification",
    "NotificationFrequency",
    "NotificationKind",
    "NotificationPreference",
    "PlanArchiveCopy",
    "PlanIndexPage",
    "PlanPage",
    "PlanParticipant",
    "PlanVisit",
]
