"""Minutes hang on a meeting block's id, and the block belongs to the coordinator's revisions.
When the coordinator removes the meeting and publishes, or reverts to a revision without it,
the minutes stay readable: on the plan page under "Tidligere møter", on their own page, in the
API and in the PDF (#15 finding 3)."""

import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader
from wagtail.test.utils.form_data import streamfield

from collaboration import services
from planpages.models import PlanPage
from tests.answers import assert_same_as_made_up_url
from tests.api.conftest import session_client
from tests.collaboration.test_nothing_is_lost import editor_form
from tests.factories import goal_block, meeting_block
from tests.team import make_team, meeting_id

MINUTES = "Vi ble enige om at Kari begynner på svømming i mars."


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def team(plan_factory):
    return make_team(plan_factory, body=[goal_block("Svømme", sub_goals=0), meeting_block(-3)])


def write_minutes(team):
    meeting = meeting_id(team.plan)
    services.save_minutes(team.plan, team.writer, {"meeting_id": meeting, "text": "Første utkast"})
    latest = services.current_minutes(team.plan, meeting)
    services.save_minutes(team.plan, team.writer, {"meeting_id": meeting, "text": MINUTES, "based_on": latest.pk})
    return meeting


def remove_meeting_in_the_editor(client, plan):
    client.force_login(plan.coordinator)
    form = editor_form(plan, body=streamfield([]))
    form.pop("body-0-id")
    assert client.post(f"/admin/pages/{plan.pk}/edit/", form).status_code == 302
    assert not any(child.block_type == "meeting" for child in PlanPage.objects.get(pk=plan.pk).body)


def earlier_meetings_part(html):
    assert "Tidligere møter" in html
    return html[html.index("Tidligere møter") :]


@pytest.fixture
def removed(team, client):
    """The meeting got minutes, then the coordinator removed it and published."""
    meeting = write_minutes(team)
    remove_meeting_in_the_editor(client, team.plan)
    return meeting


def test_minutes_of_a_removed_meeting_are_on_the_plan_page_under_earlier_meetings(team, removed, client):
    client.force_login(team.reader)
    html = client.get(team.plan.url).content.decode()
    assert MINUTES in earlier_meetings_part(html)
    assert f"moter/{removed}/referat/" in html


def test_minutes_of_a_meeting_lost_by_a_revert_are_on_the_plan_page(plan_factory, client):
    team = make_team(plan_factory, body=[goal_block("Svømme", sub_goals=0)])
    without_meeting = team.plan.latest_revision
    plan = PlanPage.objects.get(pk=team.plan.pk)
    plan.body.append(("meeting", meeting_block(-3)["value"]))
    plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator)
    team.plan = PlanPage.objects.get(pk=plan.pk)
    write_minutes(team)
    without_meeting.publish(user=team.plan.coordinator)
    client.force_login(team.writer)
    assert MINUTES in earlier_meetings_part(client.get(team.plan.url).content.decode())


def test_reverting_to_a_revision_with_the_meeting_puts_its_minutes_back_with_it(team, removed, client):
    with_meeting = team.plan.revisions.order_by("created_at", "pk").first()
    with_meeting.publish(user=team.plan.coordinator)
    client.force_login(team.reader)
    html = client.get(team.plan.url).content.decode()
    assert MINUTES in html
    assert "Tidligere møter" not in html


def test_minutes_page_of_a_removed_meeting_shows_every_version_and_no_form(team, removed, client):
    client.force_login(team.writer)
    response = client.get(f"{team.plan.url}moter/{removed}/referat/")
    html = response.content.decode()
    assert response.status_code == 200
    assert MINUTES in html and "Første utkast" in html
    assert "Møtet står ikke lenger i planen" in html
    assert "<textarea" not in html


def test_no_new_version_is_written_for_a_removed_meeting(team, removed, client):
    client.force_login(team.writer)
    response = client.post(f"{team.plan.url}moter/{removed}/referat/", {"meeting_id": removed, "text": "Nytt"})
    assert response.status_code == 400
    assert services.current_minutes(team.plan, removed).text == MINUTES


def test_minutes_page_of_an_id_without_minutes_or_meeting_is_a_404(team, client):
    client.force_login(team.writer)
    assert client.get(f"{team.plan.url}moter/finnes-ikke/referat/").status_code == 404


def test_outsider_gets_the_made_up_plan_404_for_minutes_of_a_removed_meeting(team, removed):
    assert_same_as_made_up_url(session_client(team.outsider), team.plan, f"moter/{removed}/referat/")


def test_api_detail_holds_minutes_of_a_removed_meeting(team, removed):
    response = session_client(team.reader).get(f"/api/v3/plans/{team.plan.pk}/")
    assert response.status_code == 200
    assert response.json()["meeting_minutes"] == [
        {
            "meeting_id": removed,
            "meeting_in_plan": False,
            "meeting_starts_at": None,
            "text": MINUTES,
            "completed": False,
            "author": team.writer.get_full_name(),
            "written_at": response.json()["meeting_minutes"][0]["written_at"],
            "versions": 2,
        }
    ]


def test_api_detail_marks_minutes_of_a_meeting_in_the_plan(team):
    meeting = write_minutes(team)
    minutes = session_client(team.reader).get(f"/api/v3/plans/{team.plan.pk}/").json()["meeting_minutes"]
    assert [(m["meeting_id"], m["meeting_in_plan"], m["text"]) for m in minutes] == [(meeting, True, MINUTES)]
    assert minutes[0]["meeting_starts_at"] is not None


def pdf_text(client, plan):
    response = client.get(f"{plan.url}pdf/")
    assert response.status_code == 200
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_pdf_prints_minutes_of_a_removed_meeting_under_earlier_meetings(team, removed, client):
    client.force_login(team.reader)
    text = " ".join(pdf_text(client, team.plan).split())
    assert "Tidligere møter" in text
    assert MINUTES in text[text.index("Tidligere møter") :]


def test_pdf_printed_before_new_minutes_is_not_served_from_the_cache_after(team, client):
    client.force_login(team.reader)
    pdf_text(client, team.plan)
    write_minutes(team)
    assert MINUTES in " ".join(pdf_text(client, team.plan).split())
