"""Plan attachments are served through the plan's access rule, and every download is logged."""

from django.core.files.base import ContentFile
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from planpages.blocks import GoalBlock
from planpages.models import AccessRecord, PlanPage
from tests.factories import make_user, participant
from tests.privacy.routes import MINIMAL_PDF, plan_attachment


def test_participant_downloads_an_attachment_and_the_download_is_logged(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    url = plan_attachment(plan)
    document = get_document_model().objects.get(collection=plan.collection)
    client.force_login(reader)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == MINIMAL_PDF
    assert AccessRecord.objects.filter(plan_id=plan.pk, user=reader, what=f"attachment:{document.pk}", granted=True)


def test_denied_download_is_logged_as_denied(plan_factory, client):
    stranger = make_user()
    plan = plan_factory()
    url = plan_attachment(plan)
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert AccessRecord.objects.filter(plan_id=plan.pk, user=stranger, granted=False).count() == 1


def test_attachment_of_a_deleted_plan_is_served_to_nobody(plan_factory, client):
    plan = plan_factory()
    url = plan_attachment(plan)
    PlanPage.objects.get(pk=plan.pk).delete()
    client.force_login(make_user(is_superuser=True))
    assert client.get(url).status_code == 404


def test_documents_outside_the_plan_attachments_are_not_affected(db, client):
    document = get_document_model()(title="Brosjyre")
    document.file.save("brosjyre.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    try:
        assert client.get(document.url).status_code == 200
    finally:
        document.file.delete(save=False)


def child_blocks(block):
    if isinstance(block, blocks.ListBlock):
        return [block.child_block]
    return list(getattr(block, "child_blocks", {}).values())


def all_blocks(block):
    yield block
    for child in child_blocks(block):
        yield from all_blocks(child)


def test_plans_offer_no_image_or_rich_text_block():
    """Images and renditions are served without any view restriction, so a plan holds none."""
    walked = list(all_blocks(PlanPage._meta.get_field("body").stream_block))
    assert any(isinstance(block, GoalBlock) for block in walked)
    found = [block for block in walked if isinstance(block, ImageChooserBlock | blocks.RichTextBlock)]
    assert found == []


def test_plan_page_has_no_image_field():
    assert not [
        field for field in PlanPage._meta.get_fields() if getattr(field, "related_model", None) is get_image_model()
    ]
