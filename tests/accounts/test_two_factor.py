import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from planpages.plan_types import Access
from tests.factories import make_user, participant

from .conftest import current_code, enrol, sign_in

pytestmark = pytest.mark.usefixtures("two_factor_required")


@pytest.fixture
def reader(plan_factory):
    user = make_user()
    plan = plan_factory(participants=[participant(user, Access.READ)])
    return user, plan


def test_password_alone_does_not_reach_plan_content(client, reader):
    user, plan = reader
    enrol(user)
    sign_in(client, user)
    response = client.get(plan.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/to-faktor/?next=")
    assert plan.person_name not in client.get(plan.url, follow=True).content.decode()


def test_password_alone_does_not_reach_the_admin(client, plan_factory):
    plan = plan_factory()
    enrol(plan.coordinator)
    sign_in(client, plan.coordinator)
    for url in ("/admin/", f"/admin/pages/{plan.pk}/edit/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/to-faktor/")


def test_account_without_authenticator_is_sent_to_enrolment(client, reader):
    user, plan = reader
    sign_in(client, user)
    response = client.get(plan.url)
    assert response["Location"].startswith("/to-faktor/oppsett/")


def test_correct_code_after_password_reaches_the_plan(client, reader):
    user, plan = reader
    device = enrol(user)
    sign_in(client, user)
    response = client.post("/to-faktor/", {"token": current_code(device), "next": plan.url})
    assert response.status_code == 302
    assert response["Location"] == plan.url
    assert client.get(plan.url).status_code == 200


def test_wrong_code_is_refused_with_a_norwegian_message(client, reader):
    user, plan = reader
    enrol(user)
    sign_in(client, user)
    response = client.post("/to-faktor/", {"token": "000000"})
    assert response.status_code == 200
    assert "Koden stemmer ikke" in response.content.decode()
    assert client.get(plan.url).status_code == 302


def test_verified_session_reaches_the_admin(client, plan_factory):
    plan = plan_factory()
    device = enrol(plan.coordinator)
    sign_in(client, plan.coordinator)
    client.post("/to-faktor/", {"token": current_code(device)})
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 200


def test_enrolment_shows_a_qr_code_and_then_recovery_codes(client, reader):
    user, plan = reader
    sign_in(client, user)
    page = client.get("/to-faktor/oppsett/")
    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/to-faktor/oppsett/", {"token": current_code(device), "next": plan.url})
    assert response.status_code == 200
    codes = StaticToken.objects.filter(device__user=user).values_list("token", flat=True)
    assert len(codes) == 10
    assert all(code in response.content.decode() for code in codes)
    assert client.get(plan.url).status_code == 200


def test_recovery_code_works_once(client, reader):
    user, plan = reader
    sign_in(client, user)
    client.get("/to-faktor/oppsett/")
    device = TOTPDevice.objects.get(user=user)
    client.post("/to-faktor/oppsett/", {"token": current_code(device)})
    code = StaticToken.objects.filter(device__user=user).first().token
    client.post("/logg-ut/")
    sign_in(client, user)
    assert client.post("/to-faktor/", {"token": code})["Location"] == "/"
    client.post("/logg-ut/")
    sign_in(client, user)
    assert client.post("/to-faktor/", {"token": code}).status_code == 200


def test_password_alone_cannot_replace_the_authenticator(client, reader):
    user, _plan = reader
    device = enrol(user)
    sign_in(client, user)
    response = client.get("/to-faktor/oppsett/")
    assert response["Location"].startswith("/to-faktor/?")
    assert list(TOTPDevice.objects.filter(user=user)) == [device]


def test_replacing_the_authenticator_needs_the_password(client, reader):
    user, _plan = reader
    old = enrol(user)
    sign_in(client, user)
    client.post("/to-faktor/", {"token": current_code(old)})
    client.get("/to-faktor/oppsett/")
    new = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/to-faktor/oppsett/", {"token": current_code(new), "current_password": "feil"})
    assert "Passordet stemmer ikke" in response.content.decode()
    assert TOTPDevice.objects.get(pk=old.pk).confirmed
    response = client.post(
        "/to-faktor/oppsett/", {"token": current_code(new), "current_password": "riktig-passord-123"}
    )
    assert response.status_code == 200
    assert list(TOTPDevice.objects.filter(user=user, confirmed=True)) == [TOTPDevice.objects.get(pk=new.pk)]


def test_second_factor_is_not_asked_when_the_setting_is_off(client, reader, settings):
    settings.SAMPLAN_REQUIRE_2FA = False
    user, plan = reader
    sign_in(client, user)
    assert client.get(plan.url).status_code == 200
