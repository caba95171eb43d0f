"""Names are set by the local administrator or the operator (or ID-porten), never by the
person in Wagtail's account settings; and there is one sign-in form, /logg-inn/."""

from django.contrib.auth import get_user_model

from tests.factories import make_user


def account_form(first_name, last_name):
    return {
        "name_email-first_name": first_name,
        "name_email-last_name": last_name,
        "locale-preferred_language": "nb",
        "locale-current_time_zone": "Europe/Oslo",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }


def test_coordinator_cannot_rename_their_own_account(plan_factory, client):
    coordinator = plan_factory().coordinator
    before = (coordinator.first_name, coordinator.last_name)
    client.force_login(coordinator)
    assert 'name="name_email-first_name"' not in client.get("/admin/account/").content.decode()
    client.post("/admin/account/", account_form("=Kari", "Nordmann"))
    coordinator = get_user_model().objects.get(pk=coordinator.pk)
    assert (coordinator.first_name, coordinator.last_name) == before


def test_account_settings_keep_the_other_panels(plan_factory, client):
    client.force_login(plan_factory().coordinator)
    page = client.get("/admin/account/").content.decode()
    assert 'name="locale-preferred_language"' in page


def test_wagtails_own_sign_in_form_leads_to_the_one_sign_in(client, db):
    response = client.get("/_util/login/?next=/admin/")
    assert (response.status_code, response["Location"]) == (302, "/logg-inn/?next=/admin/")


def test_operator_still_names_themselves(client, db):
    client.force_login(make_user(is_superuser=True))
    assert 'name="name_email-first_name"' in client.get("/admin/account/").content.decode()
