import logging

import pytest
from axes.models import AccessAttempt

from planpages.plan_types import Access
from tests.factories import make_municipality, make_user, participant

from .conftest import PASSWORD, sign_in


def fail_until_locked(client, user, **extra):
    for _ in range(5):
        sign_in(client, user, password="feil-passord-1", **extra)


def test_fifth_failure_locks_the_account_with_a_norwegian_message(client, db):
    user = make_user()
    fail_until_locked(client, user)
    response = sign_in(client, user)
    assert response.status_code == 429
    assert "Kontoen er midlertidig sperret" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_account_and_source(client, db):
    user = make_user()
    fail_until_locked(client, user)
    assert sign_in(client, user, REMOTE_ADDR="10.1.2.3").status_code == 302
    assert sign_in(client, make_user()).status_code == 302


def test_success_before_the_limit_clears_the_failures(client, db):
    user = make_user()
    for _ in range(4):
        sign_in(client, user, password="feil-passord-1")
    sign_in(client, user)
    client.post("/logg-ut/")
    for _ in range(4):
        sign_in(client, user, password="feil-passord-1")
    assert sign_in(client, user).status_code == 302


def test_failed_and_successful_sign_ins_are_logged_without_secrets(client, db, caplog):
    user = make_user()
    with caplog.at_level(logging.INFO, logger="samplan.security"):
        sign_in(client, user, password="feil-passord-1")
        sign_in(client, user)
    text = caplog.text
    assert f"sign-in failed account={user.pk}" in text
    assert f"sign-in succeeded account={user.pk}" in text
    assert "feil-passord-1" not in text and PASSWORD not in text and user.username not in text


@pytest.fixture
def nordby(plan_factory):
    municipality = make_municipality("nordby", "Nordby kommune")
    local_admin = make_user()
    local_admin.groups.add(municipality.admins_group)
    member = make_user()
    plan_factory(municipality=municipality, participants=[participant(member, Access.READ)])
    return municipality, local_admin, member


def test_local_administrator_unlocks_a_participant_of_their_municipality(client, nordby):
    _municipality, local_admin, member = nordby
    fail_until_locked(client, member)
    client.force_login(local_admin)
    listing = client.get("/admin/sperrede-kontoer/")
    assert f'name="user_id" value="{member.pk}"' in listing.content.decode()
    response = client.post("/admin/sperrede-kontoer/", {"user_id": member.pk})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=member.username).exists()
    client.post("/logg-ut/")
    assert sign_in(client, member).status_code == 302


def test_locked_citizen_is_shown_to_the_local_administrator_without_a_name(client, nordby):
    _municipality, local_admin, member = nordby
    fail_until_locked(client, member)
    client.force_login(local_admin)
    listing = client.get("/admin/sperrede-kontoer/").content.decode()
    assert "Innbygger (låst)" in listing
    assert member.get_full_name() not in listing
    unlocked = client.post("/admin/sperrede-kontoer/", {"user_id": member.pk}, follow=True).content.decode()
    assert member.get_full_name() not in unlocked


def test_locked_coordinator_of_the_municipality_is_shown_by_name(client, nordby):
    municipality, local_admin, _member = nordby
    coordinator = make_user(first_name="Kåre", last_name="Koordinator")
    coordinator.groups.add(municipality.coordinators_group)
    fail_until_locked(client, coordinator)
    client.force_login(local_admin)
    assert "Kåre Koordinator" in client.get("/admin/sperrede-kontoer/").content.decode()


def test_local_administrator_cannot_unlock_another_municipality(client, nordby, plan_factory):
    _municipality, local_admin, _member = nordby
    stranger = make_user()
    plan_factory(municipality=make_municipality("sorvik", "Sørvik kommune"), participants=[participant(stranger)])
    fail_until_locked(client, stranger)
    client.force_login(local_admin)
    assert stranger.get_full_name() not in client.get("/admin/sperrede-kontoer/").content.decode()
    assert client.post("/admin/sperrede-kontoer/", {"user_id": stranger.pk}).status_code == 404
    assert AccessAttempt.objects.filter(username=stranger.username).exists()


def test_coordinator_has_no_unlock_page(client, plan_factory):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    response = client.get("/admin/sperrede-kontoer/")
    # Wagtail turns PermissionDenied in the admin into a redirect to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_operator_unlocks_anyone(client, db):
    operator = make_user(is_superuser=True)
    locked = make_user()
    fail_until_locked(client, locked)
    client.force_login(operator)
    client.post("/admin/sperrede-kontoer/", {"user_id": locked.pk})
    assert not AccessAttempt.objects.filter(username=locked.username).exists()


@pytest.fixture
def behind_a_proxy(settings):
    settings.SAMPLAN_PROXY_COUNT = 1
    settings.SAMPLAN_TRUSTED_PROXIES = ["10.0.0.0/8"]


def test_forwarded_address_from_outside_the_proxies_is_ignored(client, db, behind_a_proxy):
    user = make_user()
    for hop in range(5):
        sign_in(
            client, user, password="feil-passord-1", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"198.51.100.{hop}"
        )
    response = sign_in(client, user, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.200")
    assert response.status_code == 429


def test_forwarded_address_from_a_trusted_proxy_is_the_source(client, db, behind_a_proxy):
    user = make_user()
    fail_until_locked(client, user, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert sign_in(client, user, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    assert sign_in(client, user, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302
