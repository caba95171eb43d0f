"""PDF attachments: checked by content, capped at 20 MB, stored in the plan's private
collection, downloaded only through the permission-checked view."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from demo.attachment import demo_pdf_bytes
from planpages.models import AccessRecord, Attachment


@pytest.fixture(scope="session")
def pdf_bytes():
    return demo_pdf_bytes()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()]


def upload(client, plan, name, content):
    return client.post(plan.url + "vedlegg/", {"file": SimpleUploadedFile(name, content, "application/pdf")})


def test_writer_uploads_a_pdf_into_the_plans_private_collection(team, client, pdf_bytes):
    client.force_login(team.writer)
    response = upload(client, team.plan, "Rapport.pdf", pdf_bytes)
    assert response.status_code == 302
    attachment = Attachment.objects.select_related("document").get(plan=team.plan)
    assert attachment.author == team.writer
    assert attachment.document.collection_id == team.plan.collection_id
    assert attachment.document.file_size == len(pdf_bytes)


def test_filename_is_sanitised(team, client, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, "../../etc/møte <referat>;.PDF", pdf_bytes)
    assert Attachment.objects.get().filename == "møte_referat.pdf"


def test_non_pdf_renamed_to_pdf_is_refused_and_nothing_is_stored(team, client, media_root):
    client.force_login(team.writer)
    response = upload(client, team.plan, "bilde.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    assert response.status_code == 400
    assert "Filen er ikke en PDF" in response.content.decode()
    assert not Attachment.objects.exists() and not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_file_over_20_mb_is_refused_with_a_clear_message(team, client, media_root):
    client.force_login(team.writer)
    response = upload(client, team.plan, "stor.pdf", b"%PDF-1.7\n" + b"0" * (21 * 1024 * 1024))
    assert response.status_code == 400
    assert "Største tillatte størrelse er 20 MB" in response.content.decode()
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_reader_upload_is_refused_and_nothing_is_stored(team, client, pdf_bytes, media_root):
    client.force_login(team.reader)
    assert upload(client, team.plan, "a.pdf", pdf_bytes).status_code == 403
    assert not Attachment.objects.exists() and stored_files(media_root) == []


def test_attachments_are_listed_with_uploader_and_date(team, client, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, "Rapport.pdf", pdf_bytes)
    client.force_login(team.reader)
    content = client.get(team.plan.url).content.decode()
    assert "Rapport.pdf" in content
    assert f"Lastet opp av {team.writer.get_full_name()}" in content


def test_participant_downloads_as_attachment_and_the_read_is_logged(team, client, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, "Rapport.pdf", pdf_bytes)
    attachment = Attachment.objects.get()
    client.force_login(team.reader)
    response = client.get(f"{team.plan.url}vedlegg/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == pdf_bytes
    assert AccessRecord.objects.filter(user=team.reader, what=f"attachment:{attachment.pk}", granted=True).exists()


def test_non_member_cannot_download(team, client, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, "Rapport.pdf", pdf_bytes)
    attachment = Attachment.objects.get()
    client.force_login(team.outsider)
    assert client.get(f"{team.plan.url}vedlegg/{attachment.pk}/").status_code == 404
    assert not AccessRecord.objects.filter(what=f"attachment:{attachment.pk}", granted=True).exists()


def test_wagtail_document_view_refuses_non_members(team, client, pdf_bytes):
    client.force_login(team.writer)
    upload(client, team.plan, "Rapport.pdf", pdf_bytes)
    document = Attachment.objects.get().document
    client.force_login(team.outsider)
    response = client.get(document.url)
    assert response.status_code in (302, 403, 404)
    assert response.get("Content-Disposition") is None
