"""Comparing a denial with the answer for a plan that does not exist."""

import re

CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')
MADE_UP_SLUG = "ffffffffffffffff"


def comparable(response, path):
    # The CSRF token is masked afresh in every response, and the language switch names the path.
    return CSRF_TOKEN.sub(b"", response.content).replace(path.encode(), b"<path>")


def assert_same_as_made_up_url(client, plan, suffix=""):
    """The plan's URL (plus `suffix`) gets exactly the 404 of a made-up plan URL."""
    real_path, made_up_path = f"{plan.url}{suffix}", f"{plan.get_parent().url}{MADE_UP_SLUG}/{suffix}"
    denied, made_up = client.get(real_path), client.get(made_up_path)
    assert denied.status_code == made_up.status_code == 404
    assert comparable(denied, real_path) == comparable(made_up, made_up_path)
