"""The shapes of what the plan API sends and receives."""

import datetime
import uuid
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator

from api.block_schemas import block_json, plan_block_schema
from planpages.meeting_minutes import plan_minutes
from planpages.models import AccessRecord, LogEntry
from planpages.people import display_name
from planpages.plan_summary import PlanSummary, meeting_start
from planpages.plan_types import Access, ParticipantRole, PlanStatus, PlanType

PlanTypeValue = Literal[tuple(PlanType.values)]
PlanStatusValue = Literal[tuple(PlanStatus.values)]
LOG_ENTRY_MAX_LENGTH = LogEntry._meta.get_field("text").max_length


class PlanSummarySchema(Schema):
    id: int
    type: PlanTypeValue
    status: PlanStatusValue
    person: str = Field(description="Navnet på personen planen gjelder.")
    coordinator: str | None
    municipality: str
    next_evaluation_date: datetime.date | None
    next_meeting: datetime.datetime | None
    url: str = Field(description="Planens side på nettstedet.")

    @staticmethod
    def resolve_type(plan):
        return plan.plan_type

    @staticmethod
    def resolve_person(plan):
        return plan.person_name

    @staticmethod
    def resolve_coordinator(plan):
        return display_name(plan.coordinator)

    @staticmethod
    def resolve_municipality(plan):
        return plan.municipality_name

    @staticmethod
    def resolve_next_meeting(plan):
        return PlanSummary(plan).next_meeting

    @staticmethod
    def resolve_url(plan, context):
        return plan.get_full_url(context["request"])


class ParticipantSchema(Schema):
    id: int
    user_id: int
    name: str
    role: Literal[tuple(ParticipantRole.values)]
    profession: str
    organisation: str
    access: Literal[tuple(Access.values)]
    access_until: datetime.date | None

    @staticmethod
    def resolve_name(participant):
        return display_name(participant.user)


class LogEntrySchema(Schema):
    id: uuid.UUID
    author: str
    created_at: datetime.datetime
    text: str

    @staticmethod
    def resolve_author(entry):
        return display_name(entry.author)


class MeetingMinutesSchema(Schema):
    meeting_id: str = Field(description="Møteblokkens id.")
    meeting_in_plan: bool = Field(description="Usann når møtet er fjernet fra planen; referatet tas vare på.")
    meeting_starts_at: datetime.datetime | None = Field(description="Tom når møtet ikke lenger står i planen.")
    text: str = Field(description="Gjeldende versjon av referatet.")
    completed: bool
    author: str
    written_at: datetime.datetime
    versions: int

    @staticmethod
    def resolve_meeting_in_plan(record):
        return record.meeting is not None

    @staticmethod
    def resolve_meeting_starts_at(record):
        return meeting_start(record.meeting) if record.meeting is not None else None

    @staticmethod
    def resolve_text(record):
        return record.current.text

    @staticmethod
    def resolve_completed(record):
        return record.current.completed

    @staticmethod
    def resolve_author(record):
        return display_name(record.current.author)

    @staticmethod
    def resolve_written_at(record):
        return record.current.created_at

    @staticmethod
    def resolve_versions(record):
        return record.version_count


class PlanDetailSchema(PlanSummarySchema):
    person_birth_date: datetime.date | None
    start_date: datetime.date | None
    period_end: datetime.date | None
    last_activity_at: datetime.datetime
    participants: list[ParticipantSchema]
    blocks: list[plan_block_schema()]
    log_entries: list[LogEntrySchema] = Field(description="Nyeste først.")
    meeting_minutes: list[MeetingMinutesSchema] = Field(
        description="Gjeldende referat per møte: møtene i planen først, så tidligere møter som er fjernet."
    )

    @staticmethod
    def resolve_participants(plan):
        return plan.api_participants

    @staticmethod
    def resolve_blocks(plan):
        return [block_json(child, plan) for child in plan.body]

    @staticmethod
    def resolve_log_entries(plan):
        return plan.api_log_entries

    @staticmethod
    def resolve_meeting_minutes(plan):
        return plan_minutes(plan).written


class LogEntryIn(Schema):
    text: str = Field(min_length=1, max_length=LOG_ENTRY_MAX_LENGTH)

    @field_validator("text")
    @classmethod
    def not_blank(cls, text):
        if not text.strip():
            raise ValueError("Teksten kan ikke være tom.")
        return text


class AccessRecordSchema(Schema):
    at: datetime.datetime
    who: str
    role: str
    what: str
    channel: Literal[tuple(AccessRecord.Channel.values)]
    granted: bool

    @staticmethod
    def resolve_who(record):
        return record.user_display

    @staticmethod
    def resolve_role(record):
        return record.role_display
