"""What the responsibility group has written in each demo plan: one evaluation, the minutes of
one meeting, in plan A one PDF attachment and in plan C the baton. Added once; a second run adds nothing."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from collaboration.forms import goal_titles
from demo.attachment import DEMO_ATTACHMENT_NAME, demo_pdf_bytes
from demo.baton import PLAN_WITH_BATON, ensure_baton
from planpages.models import Attachment, Evaluation, MeetingMinutes

PLAN_WITH_ATTACHMENT = "A"


def ensure_collaboration(key, plan):
    author = plan.coordinator
    if not Evaluation.objects.filter(plan=plan).exists():
        titles = goal_titles(plan)[:2]
        Evaluation.objects.create(
            plan=plan,
            author=author,
            evaluated_on=plan.start_date,
            assessments=[
                {"goal": title, "assessment": "God fremgang. Ansvarsgruppen er enig om å fortsette som før."}
                for title in titles
            ],
            next_steps="Tiltakene fortsetter. Ny evaluering ved neste ansvarsgruppemøte.",
        )
    meeting = next((child for child in plan.body if child.block_type == "meeting"), None)
    if meeting and not MeetingMinutes.objects.filter(plan=plan).exists():
        MeetingMinutes.objects.create(
            plan=plan,
            author=author,
            meeting_id=meeting.id,
            text="Til stede: hele ansvarsgruppen.\n1. Status: det går fremover.\n2. Neste steg: som avtalt i planen.",
            completed=True,
        )
    if key == PLAN_WITH_ATTACHMENT and not Attachment.objects.filter(plan=plan).exists():
        add_demo_attachment(plan, author)
    if key == PLAN_WITH_BATON:
        ensure_baton(plan)


def add_demo_attachment(plan, author):
    content = demo_pdf_bytes()
    document = get_document_model()(
        title=DEMO_ATTACHMENT_NAME, collection=plan.collection, uploaded_by_user=author, file_size=len(content)
    )
    document.file.save(DEMO_ATTACHMENT_NAME, ContentFile(content), save=False)
    document.save()
    Attachment.objects.create(plan=plan, author=author, document=document, filename=DEMO_ATTACHMENT_NAME)
