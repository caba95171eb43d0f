"""Every string the admin's main screens look up is translated in the language chosen.

The screens a coordinator and a local administrator use are rendered in bokmål, nynorsk and
English while every gettext lookup is recorded. A lookup the chosen language's own catalogue
does not hold would show English (Wagtail's source language) or, in nynorsk, bokmål through
Django's fallback to LANGUAGE_CODE; the failure lists those messages and the screen they were
looked up on. Text in hidden dialogs and panels counts too: it shows once they open."""

import gettext

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import trans_real
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.users.models import UserProfile

from plantemplates.models import PlanTemplate
from tests.demo_access import demo_plan


def message_ids(catalogue):
    return {key if isinstance(key, str) else key[0] for key in catalogue.keys()}


# Samplan's own messages are written in bokmål: in bokmål they are their own translation.
SAMPLAN_MESSAGES = frozenset().union(
    *(
        message_ids(gettext.translation("django", settings.BASE_DIR / "locale", [code])._catalog)
        for code in ("en", "nn")
    )
)


def coordinator_screens():
    plan = demo_plan("A")
    index = plan.get_parent().pk
    return [
        "/admin/",
        "/admin/mine-planer/",
        f"/admin/planer/{plan.pk}/ansvarsgruppe/",
        f"/admin/planer/{plan.pk}/ansvarsgruppe/inviter/",
        f"/admin/pages/{plan.pk}/edit/",
        f"/admin/pages/{plan.pk}/history/",
        f"/admin/pages/{index}/",
        f"/admin/plans/new/{index}/",
        "/admin/account/",
    ]


def administrator_screens():
    plan = demo_plan("A")
    template = PlanTemplate.objects.get(municipality__slug="nordby")
    snippets = "/admin/snippets/snippets/plantemplate"
    return [
        "/admin/",
        f"{snippets}/",
        f"{snippets}/inspect/{template.pk}/",
        f"{snippets}/edit/{template.pk}/",
        f"{snippets}/add/",
        "/admin/kommune/planregister/",
        "/admin/kommune/koordinatorer/",
        "/admin/kommune/koordinatorer/ny/",
        f"/admin/kommune/planer/{plan.pk}/overfor/",
        "/admin/kommune/statistikk/",
        "/admin/sperrede-kontoer/",
        "/admin/account/",
    ]


class Lookups:
    """Records, per screen, the messages looked up in `language` that its catalogue lacks."""

    def __init__(self, language):
        self.language = language
        self.screen = None
        self.untranslated = {}

    def own(self, translation, message):
        catalogue = translation._catalog
        return message in catalogue or (message, 0) in catalogue

    def lacks(self, translation, message):
        if translation.language() != self.language or self.own(translation, message):
            return False
        # A message is shown as written when nothing translates it: Samplan's in bokmål,
        # Wagtail's in English.
        return {"nb": message not in SAMPLAN_MESSAGES, "en": message in SAMPLAN_MESSAGES}.get(self.language, True)

    def record(self, translation, message):
        if self.screen and self.lacks(translation, message):
            self.untranslated.setdefault(message, self.screen)


@pytest.fixture
def lookups(monkeypatch, request):
    recorder = Lookups(request.param)
    gettext_, ngettext = trans_real.DjangoTranslation.gettext, trans_real.DjangoTranslation.ngettext

    def recorded_gettext(translation, message):
        recorder.record(translation, message)
        return gettext_(translation, message)

    def recorded_ngettext(translation, singular, plural, number):
        recorder.record(translation, singular)
        return ngettext(translation, singular, plural, number)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recorded_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recorded_ngettext)
    return recorder


def sign_in(client, username, language=""):
    user = get_user_model().objects.get(username=username)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    client.force_login(user)


def visit_in(client, lookups, username, screens):
    sign_in(client, username, lookups.language)
    for screen in screens:
        lookups.screen = screen
        response = client.get(screen)
        assert response.status_code == 200, screen
    lookups.screen = None
    return [f"{screen}: {message!r}" for message, screen in lookups.untranslated.items()]


LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("lookups", LANGUAGES, indirect=True)
def test_coordinator_screens_are_wholly_in_the_chosen_language(demo_world, client, lookups):
    assert visit_in(client, lookups, "nordby-koord", coordinator_screens()) == []


@pytest.mark.parametrize("lookups", LANGUAGES, indirect=True)
def test_local_administrator_screens_are_wholly_in_the_chosen_language(demo_world, client, lookups):
    assert visit_in(client, lookups, "nordby-admin", administrator_screens()) == []


def test_every_admin_script_string_in_bokmal_has_a_nynorsk_translation():
    def catalogue(language):
        return message_ids(DjangoTranslation(language, "djangojs")._catalog)

    assert sorted(catalogue("nb") - catalogue("nn")) == []


def test_a_coordinator_can_choose_nynorsk_for_the_admin(demo_world, client):
    sign_in(client, "nordby-koord")
    assert '<option value="nn"' in client.get("/admin/account/").content.decode()
    sign_in(client, "nordby-koord", "nn")
    assert '<html lang="nn"' in client.get("/admin/").content.decode()
