import pytest

from tests.demo.test_seed_demo import DEMO_USERNAMES


def test_sign_in_page_is_norwegian(client):
    response = client.get("/logg-inn/")
    assert response.status_code == 200
    assert b'lang="nb"' in response.content
    assert "Logg inn i Samplan" in response.content.decode()


@pytest.mark.parametrize("username", DEMO_USERNAMES)
def test_demo_account_signs_in(demo_world, client, username):
    response = client.post("/logg-inn/", {"username": username, "password": "samplan-demo"})
    assert response.status_code == 302
    # A local administrator's first stop is the admin (tests/planpages/test_ways_in.py).
    assert client.get("/", follow=True).status_code == 200


def test_wrong_password_gets_a_clear_norwegian_message(demo_world, client):
    response = client.post("/logg-inn/", {"username": "kari", "password": "feil-passord"})
    assert response.status_code == 200
    assert "Feil brukernavn eller passord" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_anonymous_visitor_is_sent_to_sign_in(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/logg-inn/")
