"""The documents an extract carries: the plan as PDF/A and its PDF attachments."""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from exports.pdf import render_plan_pdf
from planpages.models import Attachment
from planpages.people import display_name


@dataclass(frozen=True)
class ArchivedDocument:
    key: str
    title: str
    path: str
    content: bytes
    created_at: datetime
    created_by: str

    @property
    def sha256(self):
        return hashlib.sha256(self.content).hexdigest()


def plan_document(plan, user):
    participants = list(plan.participants.select_related("user").order_by("pk"))
    return ArchivedDocument(
        key="plan",
        title=f"Plan {plan.title}",
        path=f"DOKUMENT/plan-{plan.short_code}.pdf",
        content=render_plan_pdf(plan, participants, user),
        created_at=plan.last_published_at or timezone.now(),
        created_by=display_name(plan.coordinator, nobody="Samplan"),
    )


def attachment_documents(plan):
    attachments = Attachment.objects.filter(plan=plan).select_related("document", "author").order_by("created_at")
    for number, attachment in enumerate(attachments, start=1):
        if not attachment.document.file.name.lower().endswith(".pdf"):
            continue
        with attachment.document.file.open("rb") as file:
            content = file.read()
        yield ArchivedDocument(
            key=str(attachment.pk),
            title=f"Vedlegg {number}",
            path=f"DOKUMENT/vedlegg-{attachment.pk}.pdf",
            content=content,
            created_at=attachment.created_at,
            created_by=display_name(attachment.author),
        )


def archived_documents(plan, user):
    return [plan_document(plan, user), *attachment_documents(plan)]
