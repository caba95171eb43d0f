"""The plan page's header: the facts at a glance, the reader's notice, and a section navigation."""

import re

from tests.team import make_team

READ_ONLY = "Du har lesetilgang"


def page_for(client, user, plan):
    client.force_login(user)
    response = client.get(plan.url)
    assert response.status_code == 200
    return response.content.decode()


def header_of(content):
    start = content.index('<header class="plan__header">')
    return content[start : content.index("</header>", start)]


def nav_of(content):
    start = content.index('<nav class="section-nav"')
    return content[start : content.index("</nav>", start)]


def test_header_names_person_type_status_coordinator_and_next_meeting(plan_factory, client):
    team = make_team(plan_factory)
    team.plan.coordinator.first_name, team.plan.coordinator.last_name = "Kora", "Koordinator"
    team.plan.coordinator.save()
    header = header_of(page_for(client, team.reader, team.plan))
    for fact in [
        "Kari Hemmelig",
        team.plan.get_plan_type_display(),
        team.plan.get_status_display(),
        "Kora Koordinator",
    ]:
        assert fact in header
    assert "Neste møte" in header and "Ikke satt" not in header.split("Neste møte")[1].split("</div>")[0]


def test_header_tells_a_writer_their_access(plan_factory, client):
    team = make_team(plan_factory)
    assert "Kan skrive" in header_of(page_for(client, team.writer, team.plan))


def test_reader_sees_the_read_only_notice_in_the_header(plan_factory, client):
    team = make_team(plan_factory)
    header = header_of(page_for(client, team.reader, team.plan))
    assert READ_ONLY in header and "Kan lese" in header


def test_writer_does_not_see_the_read_only_notice(plan_factory, client):
    team = make_team(plan_factory)
    assert READ_ONLY not in page_for(client, team.writer, team.plan)


def test_every_navigation_link_leads_to_an_element_on_the_page(plan_factory, client):
    team = make_team(plan_factory)
    content = page_for(client, team.reader, team.plan)
    nav = nav_of(content)
    targets = re.findall(r'href="#([^"]+)"', nav)
    assert len(targets) == 7
    for target in targets:
        assert f'id="{target}"' in content, target


def test_navigation_leaves_out_the_plan_link_when_the_plan_is_empty(plan_factory, client):
    team = make_team(plan_factory, body=[])
    content = page_for(client, team.reader, team.plan)
    nav = nav_of(content)
    assert ">Planen<" not in nav and ">Logg<" in nav
