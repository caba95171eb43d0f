"""A plan-page form lands where it was: its action carries its section's anchor, and what the
page says about the post (the refusal or the receipt) shows in that section, not at the top."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.collaboration.test_new_since_last_visit import section_of

NOT_STORED = "Det du skrev er ikke lagret ennå."
POSTS = {
    "log": ("logg/", {"text": "Vi gikk til butikken."}, "Loggføringen er lagret."),
    "messages": ("meldinger/", {"text": "Kan vi flytte møtet?"}, "Meldingen er sendt."),
}


def top_of(content):
    return content[: content.index("<article")]


def test_every_form_on_the_plan_page_lands_on_the_section_it_is_in(team, client):
    client.force_login(team.writer)
    content = client.get(team.plan.url).content.decode()
    actions = re.findall(r'<form method="post"[^>]*action="[^"]*#(section-[\w-]+)"', content)
    assert len(actions) >= 4
    for anchor in actions:
        section = section_of(content, anchor.removeprefix("section-"))
        assert f'#{anchor}"' in section


@pytest.mark.parametrize("name", list(POSTS))
def test_a_receipt_shows_in_the_section_written_to(team, client, name):
    route, data, receipt = POSTS[name]
    client.force_login(team.writer)
    content = client.post(team.plan.url + route, data, follow=True).content.decode()
    assert receipt in section_of(content, name)
    assert receipt not in top_of(content)


@pytest.mark.parametrize("name", list(POSTS))
def test_a_refused_post_says_so_in_its_own_section(team, client, name):
    route, _, _ = POSTS[name]
    client.force_login(team.writer)
    response = client.post(team.plan.url + route, {"text": "  "})
    content = response.content.decode()
    assert response.status_code == 400
    assert NOT_STORED in section_of(content, name) and "ds-error-summary" in section_of(content, name)
    assert NOT_STORED not in top_of(content)


def test_a_refused_upload_links_its_error_to_the_file_field(team, client):
    client.force_login(team.writer)
    upload = SimpleUploadedFile("notat.pdf", b"ikke en pdf", "application/pdf")
    content = client.post(team.plan.url + "vedlegg/", {"file": upload}).content.decode()
    attachments = section_of(content, "attachments")
    field_id = re.search(r'<input type="file" name="file"[^>]*id="([^"]+)"', attachments).group(1)
    assert f'href="#{field_id}"' in attachments
    assert NOT_STORED in attachments


def test_a_message_of_a_page_without_sections_still_shows_at_the_top(team, client):
    client.force_login(team.writer)
    page = client.get("/innstillinger/varsler/").context["form"]
    choice = page.fields["frequency"].choices[-1][0]
    content = client.post("/innstillinger/varsler/", {"frequency": choice}, follow=True).content.decode()
    assert "Valget ditt er lagret." in content
