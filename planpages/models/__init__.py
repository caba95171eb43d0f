from .access_log import AccessRecord, AppendOnlyError
from .archive import PlanArchiveCopy
from .entries import LogEntry, PlanVisit
from .pages import HomePage, MunicipalityPage, PlanIndexPage, PlanPage
from .participants import PlanParticipant

__all__ = [
    "AccessRecord",
    "AppendOnlyError",
    "HomePage",
    "LogEntry",
    "MunicipalityPage",
    "PlanArchiveCopy",
    "PlanIndexPage",
    "PlanPage",
    "PlanParticipant",
    "PlanVisit",
]
