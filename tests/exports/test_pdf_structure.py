"""The PDF is tagged (PDF/A-3 level A) and carries what the group wrote besides the plan."""

import datetime
import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from planpages.models import Evaluation, MeetingMinutes
from tests.factories import goal_block, meeting_block
from tests.team import meeting_id


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def plan(team):
    team.plan.body = [goal_block("Gå til butikken"), meeting_block(-3)]
    team.plan.save_revision().publish()
    team.plan.refresh_from_db()
    Evaluation.objects.create(
        plan=team.plan,
        author=team.writer,
        evaluated_on=datetime.date(2026, 3, 1),
        assessments=[{"goal": "Gå til butikken", "assessment": "Klarer turen alene to dager i uka"}],
        next_steps="Prøve bussen neste halvår",
    )
    MeetingMinutes.objects.create(
        plan=team.plan, author=team.writer, meeting_id=meeting_id(team.plan), text="Vedtatt ny timeplan for høsten"
    )
    return team.plan


def pdf_of(client, plan):
    client.force_login(plan.coordinator)
    response = client.get(f"{plan.url}pdf/")
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


def text_of(reader):
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(outline):
    for item in outline:
        yield from outline_titles(item) if isinstance(item, list) else [item.title]


def test_pdf_holds_the_evaluations(plan, client):
    text = text_of(pdf_of(client, plan))
    assert "Klarer turen alene to dager i uka" in text
    assert "Prøve bussen neste halvår" in text


def test_pdf_holds_the_meeting_minutes(plan, client):
    assert "Vedtatt ny timeplan for høsten" in text_of(pdf_of(client, plan))


def test_pdf_is_tagged_with_a_structure_tree(plan, client):
    root = pdf_of(client, plan).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]


def test_tagged_pdf_keeps_its_pdf_a_identification(plan, client):
    xmp = pdf_of(client, plan).xmp_metadata
    assert (xmp.pdfaid_part, xmp.pdfaid_conformance) == ("3", "A")


def test_headings_and_table_of_contents_are_bookmarks(plan, client):
    titles = list(outline_titles(pdf_of(client, plan).outline))
    for heading in ("Innhold", "Evalueringer", "Møtereferater", "Logg", "Ansvarsgruppe"):
        assert heading in titles


def test_a_new_evaluation_is_in_the_next_pdf(plan, client):
    pdf_of(client, plan)
    Evaluation.objects.create(
        plan=plan, author=plan.coordinator, evaluated_on=datetime.date(2026, 6, 1), next_steps="Sommerplan laget"
    )
    assert "Sommerplan laget" in text_of(pdf_of(client, plan))
