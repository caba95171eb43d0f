"""The people and plans the scenarios use, found in (or added to) a seed_load data set."""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.test import Client
from django.utils.functional import cached_property

from demo.load.world import DASHBOARD_USERNAME, municipality_slug
from planpages.models import PlanIndexPage, PlanPage


def signed_in_client(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


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
