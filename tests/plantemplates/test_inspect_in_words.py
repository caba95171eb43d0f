"""A template's inspect page and listing say yes/no and name an empty value in words, never
"True", "None" or a bare dash."""

import re

from django.utils.html import strip_tags

from planpages.plan_types import PlanType
from plantemplates.models import PlanTemplate
from tests.factories import make_local_admin, make_municipality

ADMIN_URL = "/admin/snippets/snippets/plantemplate/"


def inspect_text(client, template):
    client.force_login(make_local_admin(make_municipality("nordby", "Nordby kommune")))
    response = client.get(f"{ADMIN_URL}inspect/{template.pk}/")
    assert response.status_code == 200
    return re.sub(r"\s+", " ", strip_tags(response.content.decode()))


def test_inspect_shows_active_as_a_word(db, client):
    text = inspect_text(client, PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP))
    assert "True" not in text and "Ja" in text


def test_inspect_shows_no_municipality_as_a_national_template(db, client):
    text = inspect_text(client, PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP, active=False))
    assert "None" not in text and "Nei" in text and "Kommune Nasjonal mal (alle kommuner)" in text


def test_inspect_shows_an_empty_description_as_not_set(db, client):
    text = inspect_text(client, PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP))
    assert "Beskrivelse Ikke satt" in text and " – " not in text


def test_listing_shows_active_as_a_word(db, client):
    client.force_login(make_local_admin(make_municipality("nordby", "Nordby kommune")))
    PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP)
    text = re.sub(r"\s+", " ", strip_tags(client.get(ADMIN_URL).content.decode()))
    assert "Nasjonal IP" in text and "True" not in text and re.search(r"Nasjonal IP .*\bJa\b", text)


def test_listing_shows_no_municipality_as_a_national_template(db, client):
    client.force_login(make_local_admin(make_municipality("nordby", "Nordby kommune")))
    PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP)
    text = re.sub(r"\s+", " ", strip_tags(client.get(ADMIN_URL).content.decode()))
    assert re.search(r"Nasjonal IP .*Nasjonal mal \(alle kommuner\)", text) and "None" not in text
