"""Closed plans are kept CLOSED_PLAN_RETENTION_YEARS after archiving, then removed with their
rows, documents, collection, group, archive copies and cached PDFs. Access records stay: they follow the
access log's own retention (purge_access_log)."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageLogEntry

from exports.noark5.package import closed_at
from exports.pdf import forget_cached_pdfs
from planpages.models import PlanArchiveCopy, PlanPage
from planpages.plan_types import PlanStatus


def years_before(moment, years):
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February in a year without one
        return moment.replace(year=moment.year - years, day=28)


def due_plans(now=None):
    cutoff = years_before(now or timezone.now(), settings.CLOSED_PLAN_RETENTION_YEARS)
    return [
        plan
        for plan in PlanPage.objects.filter(status=PlanStatus.CLOSED).order_by("pk")
        if closed_at(plan)[0] <= cutoff
    ]


def plan_files(plan):
    """The documents in the plan's collection and its archive copies."""
    documents = (
        list(get_document_model().objects.filter(collection_id=plan.collection_id)) if plan.collection_id else []
    )
    return documents, list(PlanArchiveCopy.objects.filter(plan_id=plan.pk))


@transaction.atomic
def purge_plan(plan):
    documents, copies = plan_files(plan)
    collection, group, plan_id = plan.collection, plan.access_group, plan.pk
    plan.delete()
    PageLogEntry.objects.filter(page_id=plan_id).delete()
    transaction.on_commit(lambda: forget_cached_pdfs(plan_id))
    for item in [*documents, *copies]:
        item.file.delete(save=False)
        item.delete()
    for holder in (collection, group):
        if holder is not None:
            holder.delete()
    return len(documents), len(copies)
