"""The site's stylesheet is Designsystemet's, every page has an icon, and form errors point at real ids."""

import re

from tests.factories import make_user, participant


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("favicon.svg")


def test_pages_link_the_built_designsystemet_stylesheet(client):
    body = client.get("/logg-inn/").content.decode()
    assert "css/site.css" in body
    assert 'class="ds-button"' in body


def test_refused_log_entry_summary_links_to_the_field_and_describedby_resolves(plan_factory, client):
    from planpages.plan_types import Access

    writer = make_user()
    plan = plan_factory(participants=[participant(writer, Access.WRITE)])
    client.force_login(writer)
    response = client.post(f"{plan.url}logg/", {"text": ""})
    body = response.content.decode()
    assert 'class="ds-error-summary"' in body
    assert 'href="#id_log_text"' in body
    for described in re.findall(r'aria-describedby="([^"]+)"', body):
        for target in described.split():
            assert f'id="{target}"' in body
