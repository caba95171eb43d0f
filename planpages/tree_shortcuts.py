"""Ways around Wagtail's per-request tree walks on the plan page path.

Wagtail routes a URL one tree level at a time (a child query and a `.specific` query per
level) and looks up view restrictions by first loading every ancestor. For a plan URL
(/<municipality>/planer/<slug>/...) both can be answered by one indexed query each."""

from django.conf import settings
from wagtail.models import PageViewRestriction

PLAN_URL_DEPTH = 3  # municipality, plan index, plan


def find_plan(home, path_components):
    """The live-or-not PlanPage whose URL starts with `path_components`, found by its indexed
    slug and checked against its full url_path, or None (then Wagtail's own routing decides)."""
    from planpages.models import PlanPage

    if len(path_components) < PLAN_URL_DEPTH:
        return None
    url_path = home.url_path + "/".join(path_components[:PLAN_URL_DEPTH]) + "/"
    plans = PlanPage.objects.filter(slug=path_components[PLAN_URL_DEPTH - 1], url_path=url_path)
    return plans.select_related("coordinator").first()


def ancestor_paths(page):
    """The materialised paths of the page and its ancestors, computed without a query."""
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def view_restrictions_on_path(page):
    """Same restrictions as Page.get_view_restrictions (plans and their ancestors are never
    aliases), in one query joined on the ancestors' paths instead of two."""
    return PageViewRestriction.objects.filter(page__path__in=ancestor_paths(page))


def absolute_plan_url(plan):
    """The plan's address for links that leave the site (e-mails, calendar files)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + plan.url
