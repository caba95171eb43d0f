"""Every way to reach a plan's content, listed once. The access matrix and the denial tests run
over this list, so a new route (PDF, access log page, API …) joins them by adding one entry."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from planpages.models import PlanPage

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


ROUTES = [
    PlanRoute("plan page", plan_page),
    PlanRoute("attachment", plan_attachment),
]
