from planpages.models.access_log import AccessRecord, AppendOnlyError
from planpages.models.archive import PlanArchiveCopy
from planpages.models.baton import Baton, BatonEvent, BatonEventKind, BatonNote, BatonNoteKind
from planpages.models.collaboration import Attachment, Evaluation, LogEntryCorrection, MeetingMinutes, Message
from planpages.models.consents import Consent, ConsentGiver, ConsentStatus
from planpages.models.entries import LogEntry, PlanVisit
from planpages.models.goal_status import GoalStatusChange
from planpages.models.invitations import Invitation, InvitationKind, InvitationStatus
from planpages.models.notifications import Notification, NotificationFrequency, NotificationKind, NotificationPreference
from planpages.models.pages import HomePage, MunicipalityPage, PlanIndexPage, PlanPage
from planpages.models.participants import PlanParticipant

__all__ = [
    "AccessRecord",
    "AppendOnlyError",
    "Attachment",
    "Baton",
    "BatonEvent",
    "BatonEventKind",
    "BatonNote",
    "BatonNoteKind",
    "Consent",
    "ConsentGiver",
    "ConsentStatus",
    "Evaluation",
    "GoalStatusChange",
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
