"""The scenario registry. Adding a scenario is one `@scenario(...)` function: it receives the
Fixture (users, plans, signed-in clients) and returns a zero-argument callable doing one request
or write; the runner times it and counts its SQL queries. A scenario whose `available` check
fails (a feature not merged yet) is reported as skipped."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import Resolver404, resolve
from wagtail.views import serve as wagtail_serve

REGISTRY = {}


@dataclass
class Scenario:
    name: str
    build: callable
    title: str
    target_ms: float | None = None
    target_kb: float | None = None  # the largest acceptable response body
    # reference scenario -> the largest acceptable ratio of medians (None: report only)
    compare: dict = field(default_factory=dict)
    available: callable = field(default=lambda fixture: True)
    iterations: int = 60
    # The pin: more SQL queries than this fails the run (`make bench-smoke` in CI), whatever the time.
    max_queries: int | None = None


def scenario(name, title, **options):
    def register(build):
        REGISTRY[name] = Scenario(name=name, build=build, title=title, **options)
        return build

    return register


def url_exists(path):
    """True when `path` has its own view, not Wagtail's catch-all page serving."""

    def check(fixture):
        try:
            return resolve(path).func is not wagtail_serve
        except Resolver404:
            return False

    return check


def get(client, url, status=200):
    def request():
        response = client.get(url)
        assert response.status_code == status, (url, response.status_code)
        return response

    return request


# Pins raised on 2026-12-03 with the consent, baton and plan-link rows: the page and the PDF read
# the plan's consents, baton, goal-status history and linked goals and people (a fixed number of
# queries each, not per row); the PDF's cache key covers evaluations, consents and the baton.


# -- the plan page and its two references --------------------------------------------------
@scenario("plan_page_floor", "Planside: ren Django-visning av samme mal (gulv)", max_queries=4)
def plan_page_floor(fx):
    return get(fx.participant_client, f"/__bench__/floor/{fx.plan.pk}/")


@scenario("plan_page_stock", "Planside: Wagtail-side uten personvern og logging", max_queries=17)
def plan_page_stock(fx):
    return get(fx.operator_client, f"/__bench__/stock{fx.plan.url}")


@scenario(
    "plan_page",
    "Planside, innlogget deltaker",
    target_ms=60,
    compare={"plan_page_stock": 1.25, "plan_page_floor": 3.0},
    max_queries=21,  # +1: the previous visit, for what is new since it
)
def plan_page(fx):
    return get(fx.participant_client, fx.plan.url)


@scenario("plan_page_large", "Stor plan (50 mål, 200 loggføringer), koordinator", max_queries=26)
def plan_page_large(fx):
    return get(fx.large_plan_coordinator_client, fx.large_plan.url)


@scenario("plan_page_denied", "Plan man ikke er med i: 404", max_queries=8)
def plan_page_denied(fx):
    return get(fx.outsider_client, fx.plan.url, status=404)


# -- dashboard and admin ---------------------------------------------------------------------
@scenario("dashboard", "Mine planer, deltaker på 20 planer", target_ms=50, max_queries=8)
def dashboard(fx):
    return get(fx.participant_client, "/")


@scenario("admin_explorer", "Koordinatorens planoversikt i admin", iterations=20, max_queries=32)
def admin_explorer(fx):
    return get(fx.coordinator_client, f"/admin/pages/{fx.plan.get_parent().pk}/")


# -- writes ----------------------------------------------------------------------------------
@scenario("log_entry", "Ny loggføring fra planskjemaet (låser planraden)", target_ms=60, max_queries=20)
def log_entry(fx):
    url = f"{fx.plan.url}logg/"

    def write():
        response = fx.coordinator_client.post(url, {"text": "Benchmark-loggføring."})
        # Back to the plan: a redirect to sign-in or anywhere else is a failure, not a write.
        assert response.status_code == 302 and response.url.startswith(fx.plan.url), (url, response.status_code)
        return response

    return write


# -- features merged later: registered here, skipped until their URLs exist ----------------
@scenario("api_list", "API: planliste", target_ms=40, available=url_exists("/api/v3/plans/"), max_queries=6)
def api_list(fx):
    return get(fx.participant_client, "/api/v3/plans/")


@scenario("api_detail", "API: én plan", target_ms=40, available=url_exists("/api/v3/plans/1/"), max_queries=7)
def api_detail(fx):
    return get(fx.participant_client, f"/api/v3/plans/{fx.plan.pk}/")


def pdf_available(fixture):
    return fixture.plan_has_route("pdf/")


def fresh(request):
    """The PDF as rendered the first time: the PDF cache emptied before every request."""

    def uncached():
        cache.clear()
        return request()

    return uncached


@scenario("pdf_plan", "PDF av en vanlig plan, ny", target_ms=500, available=pdf_available, iterations=7, max_queries=21)
def pdf_plan(fx):
    return fresh(get(fx.participant_client, f"{fx.plan.url}pdf/"))


@scenario(
    "pdf_large", "PDF av den store planen, ny", target_ms=1500, available=pdf_available, iterations=5, max_queries=27
)
def pdf_large(fx):
    return fresh(get(fx.large_plan_coordinator_client, f"{fx.large_plan.url}pdf/"))


@scenario("pdf_cached", "PDF fra hurtigbufferen", target_ms=20, available=pdf_available, max_queries=15)
def pdf_cached(fx):
    return get(fx.participant_client, f"{fx.plan.url}pdf/")


@scenario(
    "access_log",
    "Tilgangsloggen til planen, koordinator",
    available=lambda fx: fx.plan_has_route("access-log/"),
    max_queries=13,
)
def access_log(fx):
    return get(fx.coordinator_client, f"{fx.plan.url}access-log/")


# -- the coordinator's admin (#16): the plan editor and the two name searches ---------------
@scenario(
    "admin_plan_edit",
    "Koordinatorens redigeringsside for planen",
    target_ms=300,
    target_kb=400,
    iterations=20,
    max_queries=35,
)
def admin_plan_edit(fx):
    return get(fx.coordinator_client, f"/admin/pages/{fx.plan.pk}/edit/")


@scenario(
    "members_search", "Ansvarsgruppe: søk etter en person å legge til", target_ms=50, iterations=30, max_queries=17
)
def members_search(fx):
    query = urlencode({"q": fx.plan.coordinator.last_name[:3]})
    return get(fx.coordinator_client, f"/admin/planer/{fx.plan.pk}/ansvarsgruppe/?{query}")


@scenario(
    "my_plans_search",
    "Mine planer i admin: søk på personens navn, koordinator",
    target_ms=50,
    iterations=30,
    max_queries=13,
)
def my_plans_search(fx):
    query = urlencode({"q": fx.plan.person_name.split()[0]})
    return get(fx.coordinator_client, f"/admin/mine-planer/?{query}")


@scenario(
    "my_plans_operator", "Mine planer i admin: navnesøk, driftsoperatør", target_ms=50, iterations=30, max_queries=9
)
def my_plans_operator(fx):
    query = urlencode({"q": fx.plan.person_name})
    return get(fx.operator_client, f"/admin/mine-planer/?{query}")
