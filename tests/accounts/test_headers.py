"""Every security header on a sample of pages: the site, a plan page, the profile and the admin.
Pages other branches add (the API) join by adding their URL to SIGNED_IN_PAGES."""

import re

import pytest

from planpages.plan_types import Access
from tests.factories import make_user, participant

SITE_PAGES = {
    "dashboard": lambda plan: "/",
    "plan": lambda plan: plan.url,
    "profile": lambda plan: "/profil/",
}
ADMIN_PAGES = {
    "admin": lambda plan: "/admin/",
    "admin page editor": lambda plan: f"/admin/pages/{plan.pk}/edit/",
}
SIGNED_IN_PAGES = {**SITE_PAGES, **ADMIN_PAGES}


@pytest.fixture
def plan(plan_factory):
    return plan_factory(participants=[participant(make_user(), Access.WRITE)])


def directives(response):
    policy = response["Content-Security-Policy"]
    return {name: rest.split() for name, _, rest in (part.strip().partition(" ") for part in policy.split(";"))}


def get_signed_in(client, plan, name):
    client.force_login(plan.coordinator)
    response = client.get(SIGNED_IN_PAGES[name](plan))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_signed_in_pages_carry_every_security_header(client, plan, name):
    response = get_signed_in(client, plan, name)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "no-store" in response["Cache-Control"]
    policy = directives(response)
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'"]


@pytest.mark.parametrize("name", SITE_PAGES)
def test_site_pages_allow_no_inline_script_and_no_framing(client, plan, name):
    response = get_signed_in(client, plan, name)
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("name", SITE_PAGES)
def test_site_pages_contain_no_inline_script_or_style(client, plan, name):
    response = get_signed_in(client, plan, name)
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\sstyle=|<style|\son[a-z]+=", html)


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_exception_is_limited_to_inline_script(client, plan, name):
    response = get_signed_in(client, plan, name)
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


def test_sign_in_page_has_the_headers_too(client, db):
    response = client.get("/logg-inn/")
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response


def test_hsts_is_sent_over_https_with_production_values(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/logg-inn/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
