"""Property test: hostile strings thrown at every form in the registry never cause a server
error, never come back as live markup, never redirect off the site, and a refused submission
changes nothing."""

import re
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, example, given, settings

from .registry import FORMS, World
from .strings import carries_markup, hostile_strings


@pytest.fixture
def world(plan_factory):
    return World.build(plan_factory)


def assert_not_live_markup(value, html):
    if carries_markup(value):
        assert value not in html, "a submitted value came back unescaped"


def assert_stays_on_site(response):
    """A redirect may be relative, never to another host or scheme, however a browser reads it
    (browsers drop control characters and treat backslashes as slashes)."""
    if response.status_code in (301, 302):
        location = re.sub(r"[\x00-\x20]", "", response["Location"]).replace("\\", "/")
        parts = urlsplit(location)
        assert not parts.scheme and not parts.netloc, response["Location"]


@pytest.mark.parametrize("case", FORMS, ids=lambda case: case.name)
def test_hostile_input_is_refused_or_rendered_harmlessly(case, world, client):
    @settings(
        max_examples=case.examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=hostile_strings)
    @example(value="<script>alert(1)</script>")
    @example(value="navn\x00<b>")
    @example(value="x" * 5_000)
    def throw(value):
        user = case.user(world)
        if user is not None:
            client.force_login(user)
        before = case.state(world)
        response = client.post(case.url(world), case.data(world, value))
        assert response.status_code < 500
        assert_stays_on_site(response)
        assert_not_live_markup(value, response.content.decode(errors="replace"))
        if case.accepted(response):
            for url in case.shows(world):
                assert_not_live_markup(value, client.get(url).content.decode())
        else:
            assert case.state(world) == before, "a refused submission changed something"
            if user is None:
                assert "_auth_user_id" not in client.session

    throw()
