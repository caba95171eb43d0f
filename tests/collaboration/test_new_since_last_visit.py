"""What is new since the reader's last visit: marked where it is, counted in the section
navigation, and only what others did."""

import re

from collaboration import services
from planpages.participation import add_participant
from planpages.plan_types import Access
from tests.collaboration.test_plan_page_header import nav_of, page_for
from tests.factories import make_user

NEW_TAG = '<span class="ds-tag news-tag"'


def section_of(content, name):
    start = content.index(f'aria-labelledby="section-{name}"')
    return content[start : content.index("</section>", start)]


def nav_link(content, name):
    return re.search(rf'<a href="#section-{name}">(.*?)</a>', nav_of(content), re.S).group(1)


def test_a_first_visit_marks_nothing_as_new(team, client):
    services.add_log_entry(team.plan, team.writer, {"text": "Skrevet før første besøk."})
    content = page_for(client, team.reader, team.plan)
    assert NEW_TAG not in content


def test_a_log_entry_by_someone_else_is_marked_and_counted_in_the_navigation(team, client):
    page_for(client, team.reader, team.plan)
    services.add_log_entry(team.plan, team.writer, {"text": "Ny avtale med skolen."})
    content = page_for(client, team.reader, team.plan)
    log = section_of(content, "log")
    assert log.count(NEW_TAG) == 2  # the section's line and the entry itself
    assert "1 ny ting siden du var her" in log
    assert "1 ny" in nav_link(content, "log")
    assert NEW_TAG not in nav_link(content, "messages")


def test_what_was_new_is_no_longer_marked_on_the_next_visit(team, client):
    page_for(client, team.reader, team.plan)
    services.add_log_entry(team.plan, team.writer, {"text": "Ny avtale med skolen."})
    page_for(client, team.reader, team.plan)
    assert NEW_TAG not in page_for(client, team.reader, team.plan)


def test_ones_own_writing_is_not_marked_as_new(team, client):
    page_for(client, team.writer, team.plan)
    services.add_log_entry(team.plan, team.writer, {"text": "Mitt eget."})
    assert NEW_TAG not in section_of(page_for(client, team.writer, team.plan), "log")


def test_each_section_counts_its_own_news_and_the_navigation_the_total(team, client):
    page_for(client, team.reader, team.plan)
    services.post_message(team.plan, team.writer, {"text": "Hei alle."})
    services.post_message(team.plan, team.plan.coordinator, {"text": "Møtet flyttes."})
    services.add_log_entry(team.plan, team.writer, {"text": "Logg."})
    content = page_for(client, team.reader, team.plan)
    assert "2 nye ting siden du var her" in section_of(content, "messages")
    assert "2 nye" in nav_link(content, "messages")
    assert "3 nye ting siden sist du var her" in nav_of(content)


def test_a_person_added_to_the_group_is_marked_in_the_responsibility_group(team, client):
    page_for(client, team.reader, team.plan)
    newcomer = make_user(first_name="Nina", last_name="Nykommer")
    add_participant(team.plan, team.plan.coordinator, user=newcomer, access=Access.READ)
    content = page_for(client, team.reader, team.plan)
    group = section_of(content, "participants")
    newcomer_line = next(line for line in group.split("<li>") if "Nina Nykommer" in line)
    assert NEW_TAG in newcomer_line
    assert "1 ny" in nav_link(content, "participants")


def test_a_plan_published_anew_is_marked_in_its_first_section(team, client):
    page_for(client, team.reader, team.plan)
    team.plan.save_revision(user=team.plan.coordinator).publish(user=team.plan.coordinator)
    content = page_for(client, team.reader, team.plan)
    assert "Planen er endret siden du var her sist." in content
    assert "1 ny" in nav_link(content, "goal")
