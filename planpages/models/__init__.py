from .entries import LogEntry, PlanVisit
from .pages import HomePage, MunicipalityPage, PlanIndexPage, PlanPage
from .participants import PlanParticipant

__all__ = [
    "HomePage",
    "LogEntry",
    "MunicipalityPage",
    "PlanIndexPage",
    "PlanPage",
    "PlanParticipant",
    "PlanVisit",
]
