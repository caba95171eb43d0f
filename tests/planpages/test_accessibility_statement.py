from django.contrib.auth.models import User
from django.test import override_settings


def test_statement_is_public_and_names_the_standard(client):
    response = client.get("/tilgjengelighet/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Tilgjengelighetserklæring" in html
    assert "WCAG 2.1" in html and "Kjente mangler" in html


@override_settings(ACCESSIBILITY_CONTACT_EMAIL="uu@nordby.example.no")
def test_statement_gives_the_configured_contact_address(client):
    html = client.get("/tilgjengelighet/").content.decode()
    assert 'href="mailto:uu@nordby.example.no"' in html


def test_every_page_links_to_the_statement_from_its_footer(client, demo_world):
    assert 'href="/tilgjengelighet/"' in client.get("/logg-inn/").content.decode()
    client.force_login(User.objects.get(username="ola"))
    assert 'href="/tilgjengelighet/"' in client.get("/").content.decode()
