"""Every way to reach a plan's content, listed once. The access matrix and the denial tests run
over this list, so a new route (PDF, access log page, API …) joins them by adding one entry."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from collaboration import services
from planpages.models import Attachment, PlanPage

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass(frozen=True)
class PlanRoute:
    name: str
    url_for: Callable[[PlanPage], str]

    def __str__(self):
        return self.name


def plan_page(plan):
    return plan.url


def plan_attachment(plan):
    """A PDF in the plan's private collection (created the first time it is asked for)."""
    Document = get_document_model()
    document = Document.objects.filter(collection=plan.collection).first()
    if document is None:
        document = Document(title="Vedlegg", collection=plan.collection)
        document.file.save("vedlegg.pdf", ContentFile(MINIMAL_PDF), save=False)
        document.save()
    return document.url


def plan_attachment_download(plan):
    """The same PDF through the plan's own download route (uploaded the first time)."""
    attachment = Attachment.objects.filter(plan=plan).first()
    if attachment is None:
        upload = SimpleUploadedFile("vedlegg.pdf", MINIMAL_PDF, content_type="application/pdf")
        attachment = services.add_attachment(plan, plan.coordinator, {}, {"file": upload})
    return f"{plan.url}vedlegg/{attachment.pk}/"


def first_meeting_id(plan):
    return next(child.id for child in plan.body if child.block_type == "meeting")


def plan_pdf(plan):
    return f"{plan.url}pdf/"


def meeting_minutes(plan):
    return f"{plan.url}moter/{first_meeting_id(plan)}/referat/"


def meeting_calendar(plan):
    return f"{plan.url}moter/{first_meeting_id(plan)}/kalender/"


# The access log page has a narrower rule (owner side only) and the JSON API answers an
# anonymous caller with 401: both have their own matrices (test_access_log_page, api tests).
ROUTES = [
    PlanRoute("plan page", plan_page),
    PlanRoute("attachment", plan_attachment),
    PlanRoute("attachment download", plan_attachment_download),
    PlanRoute("pdf", plan_pdf),
    PlanRoute("meeting minutes", meeting_minutes),
    PlanRoute("meeting calendar", meeting_calendar),
]
