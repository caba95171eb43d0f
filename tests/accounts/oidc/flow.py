"""A person's browser, as plain HTTP: start at Samplan, sign in on the provider's page, come back."""

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

from django.contrib.sessions.backends.db import SessionStore

START = "/logg-inn/oidc/idporten/"


def form_of(response):
    """The action and hidden fields of the first form on a page."""
    html = response.text
    action = unescape(re.search(r'<form[^>]*action="([^"]*)"', html).group(1))
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    return urljoin(response.url, action), fields


def follow_until(browser, response, stop_at):
    """Follow redirects one by one; the first Location on `stop_at`'s host and port, unfollowed."""
    while response.is_redirect:
        location = urljoin(response.url, response.headers["Location"])
        if urlsplit(location).netloc == urlsplit(stop_at).netloc:
            return location
        response = browser.get(location, allow_redirects=False)
    raise AssertionError(f"never sent back to {stop_at}: {response.status_code} {response.url}")


def at_provider_login(browser, site, next_path=None):
    """The provider's sign-in page, reached from Samplan's button."""
    params = {"next": next_path} if next_path else None
    response = browser.get(f"{site}{START}", params=params)
    assert "Logg inn med TestID" in response.text, response.text
    return response


def callback_url(browser, site, pid, next_path=None):
    """Sign in at the provider as `pid`; the URL it sends the browser back to Samplan with."""
    login_page = at_provider_login(browser, site, next_path)
    action, _fields = form_of(login_page)
    return follow_until(browser, browser.post(action, data={"pid": pid}, allow_redirects=False), site)


def sign_in(browser, site, pid, next_path=None):
    """The whole round trip; Samplan's final answer."""
    return browser.get(callback_url(browser, site, pid, next_path))


def signed_in_user_id(browser):
    """Whose Samplan session the browser holds, or None."""
    key = browser.cookies.get("sessionid")
    return key and SessionStore(session_key=key).get("_auth_user_id")


def session_data(browser):
    return SessionStore(session_key=browser.cookies.get("sessionid")).load()
