"""Sign in as each demo account, follow every same-site link it can reach on the site and in
the admin (bounded), and check that no person from a plan the account may not view is named in
any answer (HTML, JSON, files or headers)."""

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model

from tests.demo_access import ACCOUNT_NAMES, PLAN_KEYS, demo_plan, names_hidden_from

MAX_PAGES = 120
MAX_VARIANTS_PER_PATH = 2
# Links in attributes, and absolute paths quoted anywhere (the admin menu is JSON in a script).
LINK = re.compile(r"""(?<![\w-])(?:href|src|action)=["']([^"'#]+)|["'](/[^"'\s<>#\\]*)["']""")
# Leaving, switching language and assets say nothing about plans; the rest is followed.
SKIPPED = re.compile(r"^/(static/|media/|i18n/|logg-ut/|admin/logout/|admin/jsi18n/)")
SAME_SITE_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


def same_site_path(base, link):
    parts = urlsplit(urljoin(base, link.replace("&amp;", "&")))
    if parts.scheme not in ("", "http", "https") or parts.hostname not in SAME_SITE_HOSTS | {None}:
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if SKIPPED.match(path) else path


def body_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


class Crawl:
    def __init__(self, client, start):
        self.client = client
        self.queue = deque(start)
        self.seen = set(start)
        self.variants = {}
        self.answers = []

    def enqueue(self, path):
        bare = path.split("?")[0]
        if path in self.seen or self.variants.get(bare, 0) >= MAX_VARIANTS_PER_PATH:
            return
        self.variants[bare] = self.variants.get(bare, 0) + 1
        self.seen.add(path)
        self.queue.append(path)

    def run(self):
        while self.queue and len(self.answers) < MAX_PAGES:
            url = self.queue.popleft()
            response = self.client.get(url)
            body = body_of(response)
            self.answers.append((url, response, body))
            links = [link for pair in LINK.findall(body) for link in pair]
            for link in filter(None, [*links, response.headers.get("Location", "")]):
                path = same_site_path(url, link)
                if path:
                    self.enqueue(path)
        return self.answers


def leaks(answers, names):
    found = []
    for url, response, body in answers:
        text = body + "\n".join(f"{key}: {value}" for key, value in response.headers.items())
        found += [(url, name) for name in names if name in text]
    return found


CRAWLED_ACCOUNTS = [account for account in ACCOUNT_NAMES if names_hidden_from(account)]


def admin_corners():
    """Admin pages no link leads to but a URL can name: bulk actions on each demo plan, its
    workflow views, and the dashboard."""
    ids = [demo_plan(key).pk for key in PLAN_KEYS]
    bulk = [f"/admin/bulk/wagtailcore/page/{action}/?id={page_id}" for action in ("delete", "move") for page_id in ids]
    workflow = [f"/admin/pages/{page_id}/workflow_history/" for page_id in ids]
    return ["/admin/", *bulk, f"/admin/bulk/wagtailcore/page/delete/?{'&'.join(f'id={i}' for i in ids)}", *workflow]


@pytest.mark.parametrize("account", CRAWLED_ACCOUNTS)
def test_crawl_names_no_person_from_a_plan_the_account_may_not_view(account, demo_urls, db, client):
    client.force_login(get_user_model().objects.get(username=account))
    start = ["/", *admin_corners(), *demo_urls.values()]
    answers = Crawl(client, start).run()
    assert len(answers) > len(start)
    assert leaks(answers, names_hidden_from(account)) == []


def test_crawl_finds_the_names_an_account_may_view(demo_urls, db, client):
    """The detector works: crawling as a participant of plan A names Kari Nordmann."""
    client.force_login(get_user_model().objects.get(username="per"))
    answers = Crawl(client, ["/"]).run()
    assert leaks(answers, {"Kari Nordmann"})
