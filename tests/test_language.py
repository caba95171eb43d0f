"""Bokmål is the source language; nynorsk and English are complete and chosen by the user."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User

CATALOGUES = [
    *(settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("en", "nn")),
    *sorted((settings.BASE_DIR / "locale_admin").glob("*/LC_MESSAGES/*.po")),
]


def lang_attribute(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def choose_language(client, code, next_url="/logg-inn/"):
    return client.post("/i18n/setlang/", {"language": code, "next": next_url}, follow=True)


def untranslated(po_text):
    """msgids whose msgstr is empty or marked fuzzy (the header entry excepted)."""
    entries = po_text.split("\n\n")[1:]
    empty = re.compile(r'^msgstr(\[\d+\])? ""\n(?!")', re.M)
    return [entry for entry in entries if "#, fuzzy" in entry or empty.search(entry.strip() + "\n")]


def test_pages_are_in_bokmal_by_default(client):
    response = client.get("/logg-inn/")
    assert lang_attribute(response) == "nb"
    assert "Logg inn i Samplan" in response.content.decode()


def test_choosing_nynorsk_changes_the_text_and_lang_attribute(client):
    response = choose_language(client, "nn")
    assert lang_attribute(response) == "nn"
    assert "Hopp til hovudinnhaldet" in response.content.decode()


def test_choosing_english_changes_the_text_and_lang_attribute(client):
    response = choose_language(client, "en")
    assert lang_attribute(response) == "en"
    assert "Sign in to Samplan" in response.content.decode()


def test_the_chosen_language_stays_on_the_next_page(client, demo_world):
    client.force_login(User.objects.get(username="ola"))
    choose_language(client, "nn", next_url="/")
    response = client.get("/")
    assert lang_attribute(response) == "nn"
    assert "Mine planar" in response.content.decode()


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_the_language_switch_names_each_language_in_itself(client, code):
    choose_language(client, code)
    html = client.get("/logg-inn/").content.decode()
    options = re.findall(r'<option value="(\w+)" lang="\w+"(?: selected)?>([^<]+)</option>', html)
    assert options == [("nb", "Norsk (bokmål)"), ("nn", "Norsk (nynorsk)"), ("en", "English")]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: "/".join([*path.parts[-4:-2], path.stem]))
def test_every_message_is_translated(catalogue):
    assert untranslated(catalogue.read_text()) == []


def test_the_admin_offers_the_sites_three_languages():
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["nb", "nn", "en"]
