"""The people and plans the scenarios use, found in (or added to) a seed_load data set."""

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.http import Http404
from django.test import Client
from django.urls import reverse
from django.utils.functional import cached_property

from demo.load.world import DASHBOARD_USERNAME, municipality_slug
from planpages.models import PlanIndexPage, PlanPage

BENCH_PASSWORD = "bench-passord-ikke-hemmelig"  # noqa: S105 - bench databases only


def signed_in_client(user):
    """Signed in the way people sign in: the sign-in form, so every session rule applies."""
    if not user.check_password(BENCH_PASSWORD):
        user.set_password(BENCH_PASSWORD)
        user.save(update_fields=["password"])
    client = Client(HTTP_HOST="localhost")
    response = client.post(reverse("login"), {"username": user.username, "password": BENCH_PASSWORD})
    if response.status_code != 302 or SESSION_KEY not in client.session:
        raise RuntimeError(f"bench: {user.username} could not sign in (status {response.status_code})")
    return client


def session_cookie(client):
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


class Fixture:
    def __init__(self):
        users = get_user_model().objects
        self.participant = users.get(username=DASHBOARD_USERNAME)
        self.operator, _ = users.get_or_create(
            username="bench-drift", defaults={"is_superuser": True, "is_staff": True, "first_name": "Bench"}
        )
        self.outsider, _ = users.get_or_create(username="bench-ukjent", defaults={"first_name": "Una"})
        first_index = PlanIndexPage.objects.get(url_path__startswith=f"/samplan/{municipality_slug(0)}/")
        self.large_plan = PlanPage.objects.child_of(first_index).order_by("path").first()
        self.plan = (
            PlanPage.objects.live()
            .filter(participants__user=self.participant)
            .exclude(pk=self.large_plan.pk)
            .order_by("path")
            .first()
        )

    @cached_property
    def participant_client(self):
        return signed_in_client(self.participant)

    @cached_property
    def operator_client(self):
        return signed_in_client(self.operator)

    @cached_property
    def outsider_client(self):
        return signed_in_client(self.outsider)

    @cached_property
    def coordinator_client(self):
        return signed_in_client(self.plan.coordinator)

    @cached_property
    def large_plan_coordinator_client(self):
        return signed_in_client(self.large_plan.coordinator)

    def plan_has_route(self, subpath):
        try:
            self.plan.resolve_subpage(f"/{subpath}")
        except Http404:
            return False
        return True

    def describe(self):
        return {
            "plan": self.plan.url,
            "plan_goals": sum(1 for b in self.plan.body.raw_data if b["type"] == "goal"),
            "large_plan": self.large_plan.url,
            "large_plan_log_entries": self.large_plan.log_entries.count(),
        }
