"""Media in S3-compatible object storage (production with AWS_STORAGE_BUCKET_NAME), tested
against a real S3 server: files land in the bucket, never on disk, are never public, and are
downloaded only through Samplan's checked, logged views. When the storage is down, the user
reads why (503) and nothing is stored half-way."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from demo.attachment import demo_pdf_bytes
from exports.archive import archive_plan
from planpages.models import AccessRecord, Attachment
from samplan.settings.services import s3_media_storage

from .conftest import REGION, keys_in_bucket

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture(scope="module")
def pdf_bytes():
    return demo_pdf_bytes()


def upload(client, plan, content, name="Rapport.pdf"):
    return client.post(plan.url + "vedlegg/", {"file": SimpleUploadedFile(name, content, "application/pdf")})


def download(client, plan, attachment):
    return client.get(f"{plan.url}vedlegg/{attachment.pk}/")


def storage_down(settings, bucket_name, endpoint):
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage(bucket_name, endpoint, REGION)}


def test_uploaded_attachment_is_stored_in_the_bucket_and_not_on_disk(
    team, client, media_in_bucket, pdf_bytes, tmp_path
):
    s3, bucket = media_in_bucket
    client.force_login(team.writer)
    assert upload(client, team.plan, pdf_bytes).status_code == 302
    document = Attachment.objects.select_related("document").get(plan=team.plan).document
    assert keys_in_bucket(s3, bucket) == [document.file.name]
    assert s3.get_object(Bucket=bucket, Key=document.file.name)["Body"].read() == pdf_bytes
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []


def test_attachment_in_the_bucket_is_downloaded_through_the_logged_view(team, client, media_in_bucket, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, pdf_bytes)
    attachment = Attachment.objects.get(plan=team.plan)
    client.force_login(team.reader)
    response = download(client, team.plan, attachment)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf_bytes
    assert AccessRecord.objects.filter(user=team.reader, what=f"attachment:{attachment.pk}").exists()


def test_attachment_in_the_bucket_is_not_downloadable_by_someone_not_on_the_plan(
    team, client, media_in_bucket, pdf_bytes
):
    client.force_login(team.writer)
    upload(client, team.plan, pdf_bytes)
    attachment = Attachment.objects.get(plan=team.plan)
    client.force_login(team.outsider)
    response = download(client, team.plan, attachment)
    assert response.status_code == 404
    assert b"X-Amz-Signature" not in response.content and "Location" not in response


def test_objects_in_the_bucket_grant_nothing_to_the_public(team, client, media_in_bucket, pdf_bytes):
    s3, bucket = media_in_bucket
    client.force_login(team.writer)
    upload(client, team.plan, pdf_bytes)
    (key,) = keys_in_bucket(s3, bucket)
    grants = s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    assert [grant for grant in grants if grant["Grantee"].get("URI") == ALL_USERS] == []


def test_archive_copy_is_stored_in_the_bucket(team, media_in_bucket):
    s3, bucket = media_in_bucket
    copy = archive_plan(team.plan, team.plan.coordinator)
    assert keys_in_bucket(s3, bucket) == [copy.file.name]


def test_upload_while_storage_is_down_is_refused_in_norwegian_and_stores_nothing(
    team, client, settings, media_in_bucket, dead_endpoint, pdf_bytes
):
    s3, bucket = media_in_bucket
    storage_down(settings, bucket, dead_endpoint)
    client.force_login(team.writer)
    response = upload(client, team.plan, pdf_bytes)
    assert response.status_code == 503
    assert "Vi får ikke kontakt med fillageret" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert not Attachment.objects.exists() and not get_document_model().objects.exists()
    assert keys_in_bucket(s3, bucket) == []


def test_download_while_storage_is_down_is_answered_with_503_in_norwegian(
    team, client, settings, media_in_bucket, dead_endpoint, pdf_bytes
):
    _s3, bucket = media_in_bucket
    client.force_login(team.writer)
    upload(client, team.plan, pdf_bytes)
    attachment = Attachment.objects.get(plan=team.plan)
    storage_down(settings, bucket, dead_endpoint)
    response = download(client, team.plan, attachment)
    assert response.status_code == 503
    assert "Filene er ikke tilgjengelige akkurat nå" in response.content.decode()
