from planpages.models.access_log import AccessRecord, AppendOnlyError
from planpages.models.archive import PlanArchiveCopy
from planpages.models.collaboration import Attachment, Evaluation, LogEntryCorrection, MeetingMinutes, Message
from planpages.models.consents import Consent, ConsentGiver, ConsentStatus
from planpages.models.entries import LogEntry, PlanVisit
from planpages.models.invitations import Invitation, InvitationKind, InvitationStatus
from planpages.models.notifications import Notification, NotificationFrequency, NotificationKind, NotificationPreference
from planpages.models.pages import HomePage, MunicipalityPage, PlanIndexPage, PlanPage
from planpages.models.participants import PlanParticipant

__all__ = [
    "AccessRecord",
    "AppendOnlyError",
    "Attachment",
    "Consent",
    "ConsentGiver",
    "ConsentStatus",
    "Evaluation",
    "HomePage",
    "Invitation",
    "InvitationKind",
    "InvitationStatus",
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
