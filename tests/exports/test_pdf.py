import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from collaboration import services
from exports.pdf import pdf_cache_key
from planpages.access import PlanAccess
from planpages.models import AccessRecord, LogEntry, PlanPage
from planpages.plan_types import Access, ParticipantRole
from tests.answers import assert_same_as_made_up_url
from tests.factories import goal_block, make_user, participant

GOALS = ["Gå på skolen hver dag", "Bli tryggere i svømmehallen", "Øve på å lage middag"]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def plan(plan_factory):
    owner = make_user("eier", first_name="Åse", last_name="Ærlig-Øyen")
    return plan_factory(
        person_name="Åse Ærlig-Øyen",
        participants=[participant(owner, Access.WRITE, ParticipantRole.OWNER)],
        body=[goal_block(title) for title in GOALS],
        log_entries=3,
    )


def pdf_of(client, plan):
    response = client.get(f"{plan.url}pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text_of(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_holds_the_whole_plan(plan, client):
    client.force_login(plan.coordinator)
    reader = pdf_of(client, plan)
    text = text_of(reader)
    assert len(reader.pages) > 1
    assert "Åse Ærlig-Øyen" in text
    assert all(title in text for title in GOALS)
    assert "Loggføring 2" in text


def test_every_page_carries_the_confidentiality_footer_and_page_number(plan, client):
    client.force_login(plan.coordinator)
    reader = pdf_of(client, plan)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Fortrolig – unntatt offentlighet" in text
        assert f"Side {number} av {len(reader.pages)}" in text


def test_pdf_is_pdf_a_with_title_author_and_creation_date(plan, client):
    client.force_login(plan.coordinator)
    reader = pdf_of(client, plan)
    xmp = reader.xmp_metadata
    assert xmp.pdfaid_part == "3" and xmp.pdfaid_conformance == "A"
    assert "Åse Ærlig-Øyen" in reader.metadata.title
    assert reader.metadata.author == "Testby kommune"
    assert reader.metadata.creation_date is not None


def test_pdf_embeds_its_fonts(plan, client):
    client.force_login(plan.coordinator)
    reader = pdf_of(client, plan)
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    descriptors = [font["/DescendantFonts"][0].get_object()["/FontDescriptor"] for font in fonts]
    assert descriptors and all("/FontFile2" in d or "/FontFile3" in d for d in descriptors)


def test_cover_names_who_printed_the_plan(plan, client):
    owner = plan.participants.get().user
    client.force_login(owner)
    assert "av Åse Ærlig-Øyen" in pdf_of(client, plan).pages[0].extract_text()


def test_pdf_download_is_recorded_once(plan, client):
    client.force_login(plan.coordinator)
    client.get(f"{plan.url}pdf/")
    record = AccessRecord.objects.get(plan_id=plan.pk)
    assert (record.what, record.user_id, record.granted) == ("pdf", plan.coordinator.pk, True)


def test_non_member_gets_the_same_answer_as_a_made_up_url(plan, client):
    client.force_login(make_user())
    assert_same_as_made_up_url(client, plan, "pdf/")
    assert AccessRecord.objects.get(plan_id=plan.pk).granted is False


def test_repeated_download_of_an_unchanged_plan_comes_from_the_cache(plan, client):
    client.force_login(plan.coordinator)
    first = client.get(f"{plan.url}pdf/").content
    # A fresh rendering would carry a new creation time and document id.
    assert client.get(f"{plan.url}pdf/").content == first
    plan_access = PlanAccess(plan.coordinator, plan)
    assert cache.get(pdf_cache_key(plan, plan_access.participants, plan.coordinator)) == first


def test_a_new_log_entry_makes_a_new_pdf(plan, client):
    client.force_login(plan.coordinator)
    client.get(f"{plan.url}pdf/")
    LogEntry.objects.create(plan=plan, author=plan.coordinator, text="Helt ny loggføring")
    assert "Helt ny loggføring" in text_of(pdf_of(client, plan))


def test_a_corrected_log_entry_makes_a_new_pdf(plan, client):
    client.force_login(plan.coordinator)
    entry = LogEntry.objects.create(plan=plan, author=plan.coordinator, text="Feilskrevet loggføring")
    client.get(f"{plan.url}pdf/")
    services.correct_log_entry(plan, plan.coordinator, entry.pk, {"text": "Rettet loggføring"})
    text = text_of(pdf_of(client, plan))
    assert "Rettet loggføring" in text
    assert "Feilskrevet" not in text


def test_a_new_revision_makes_a_new_pdf(plan, client):
    client.force_login(plan.coordinator)
    client.get(f"{plan.url}pdf/")
    plan.person_name = "Åse Nynavn"
    plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator, skip_permission_checks=True)
    assert "Åse Nynavn" in text_of(pdf_of(client, PlanPage.objects.get(pk=plan.pk)))


def test_each_reader_gets_their_own_cover(plan_factory, client):
    reader = make_user(first_name="Lise", last_name="Lærer")
    plan = plan_factory(participants=[participant(reader)])
    client.force_login(plan.coordinator)
    client.get(f"{plan.url}pdf/")
    client.force_login(reader)
    assert "av Lise Lærer" in pdf_of(client, plan).pages[0].extract_text()
