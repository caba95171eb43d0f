import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Revision

from collaboration import services
from planpages.models import AccessRecord, PlanArchiveCopy, PlanPage
from planpages.plan_types import PlanStatus
from tests.privacy.routes import MINIMAL_PDF

NOW = timezone.now()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.CLOSED_PLAN_RETENTION_YEARS = 10


def closed_plan(plan_factory, archived_days_ago):
    plan = plan_factory(status=PlanStatus.CLOSED)  # publishing it closed stores its archive copy
    PlanArchiveCopy.objects.filter(plan_id=plan.pk).update(created_at=NOW - datetime.timedelta(days=archived_days_ago))
    return plan


def purge(*args):
    out = []

    class Out:
        def write(self, text):
            out.append(text)

    call_command("purge_closed_plans", *args, stdout=Out())
    return "".join(out)


def ten_years_ago_in_days():
    return (NOW - NOW.replace(year=NOW.year - 10)).days


def test_a_plan_past_its_retention_is_removed_with_its_revisions_and_archive_copies(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    copy = PlanArchiveCopy.objects.get(plan_id=plan.pk)
    purge()
    assert not PlanPage.objects.filter(pk=plan.pk).exists()
    assert not Revision.objects.filter(object_id=str(plan.pk)).exists()
    assert not PlanArchiveCopy.objects.filter(plan_id=plan.pk).exists()
    assert not copy.file.storage.exists(copy.file.name)


def test_the_plans_collection_goes_too(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    collection_id = plan.collection_id
    purge()
    assert not Collection.objects.filter(pk=collection_id).exists()


def test_a_plan_one_day_short_of_the_period_is_kept(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() - 1)
    purge()
    assert PlanPage.objects.filter(pk=plan.pk).exists()


def test_an_open_plan_is_kept_however_old(plan_factory):
    plan = plan_factory(status=PlanStatus.ACTIVE)
    PlanPage.objects.filter(pk=plan.pk).update(last_published_at=NOW - datetime.timedelta(days=20 * 365))
    purge()
    assert PlanPage.objects.filter(pk=plan.pk).exists()


def test_the_plans_cached_pdfs_go_too(plan_factory, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from exports.pdf import cached_plan_pdf, pdf_cache_key
    from planpages.access import PlanAccess

    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    participants = PlanAccess(plan.coordinator, plan).participants
    cached_plan_pdf(plan, participants, plan.coordinator)
    key = pdf_cache_key(plan, participants, plan.coordinator)
    assert cache.get(key) is not None
    with django_capture_on_commit_callbacks(execute=True):
        purge()
    assert cache.get(key) is None


def test_access_records_outlive_the_purged_plan(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    AccessRecord.objects.create(plan_id=plan.pk, user_display="Lise", what="plan", channel="web")
    purge()
    assert AccessRecord.objects.filter(plan_id=plan.pk).count() == 1


def test_a_dry_run_changes_nothing_and_says_what_it_would_do(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    output = purge("--dry-run")
    assert PlanPage.objects.filter(pk=plan.pk).exists()
    assert PlanArchiveCopy.objects.filter(plan_id=plan.pk).exists()
    assert f"would remove 1 plans ({plan.short_code})" in output


def test_the_log_line_names_codes_and_counts_not_people(plan_factory):
    plan = closed_plan(plan_factory, ten_years_ago_in_days() + 1)
    output = purge()
    assert f"removed 1 plans ({plan.short_code}), 0 documents, 1 archive copies" in output
    assert plan.person_name not in output


def test_the_attachments_documents_and_files_go_too(plan_factory):
    plan = plan_factory(status=PlanStatus.ACTIVE)
    upload = SimpleUploadedFile("vedlegg.pdf", MINIMAL_PDF, content_type="application/pdf")
    document = services.add_attachment(plan, plan.coordinator, {}, {"file": upload}).document
    plan.status = PlanStatus.CLOSED
    plan.save_revision().publish()
    PlanArchiveCopy.objects.filter(plan_id=plan.pk).update(created_at=NOW - datetime.timedelta(days=4000))
    output = purge()
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert not document.file.storage.exists(document.file.name)
    assert "1 documents" in output
