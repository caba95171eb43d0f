"""Build the demo world of ../shared/DEMO.md. Idempotent: a second run changes nothing."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from accounts.identity import pid_digest
from accounts.models import PersonIdentity
from demo.collaboration import ensure_collaboration
from demo.consents import ensure_consent
from demo.people import ACCOUNTS, DEMO_PASSWORD, IDENTITY_NUMBERS, MUNICIPALITIES
from demo.plans import DEMO_PLANS
from demo.templates import DEMO_TEMPLATES
from planpages.models import LogEntry, MunicipalityPage, PlanPage
from planpages.participation import add_participant
from planpages.plan_links import typed_text_linked
from planpages.plan_types import PlanStatus
from planpages.site_setup import ensure_home_page
from planpages.tenancy import ensure_municipality
from plantemplates.models import PlanTemplate

PLAN_MUNICIPALITY = {"A": "nordby", "B": "nordby", "C": "nordby", "D": "sorvik"}


class Command(BaseCommand):
    help = "Bygger demoverdenen (kommuner, kontoer, planer). Nekter å kjøre uten DEBUG, med mindre --force."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Kjør selv om DEBUG er av.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo lager kontoer med kjent passord og kjører bare med DEBUG på. Bruk --force om du er sikker."
            )
        with transaction.atomic():
            home = ensure_home_page()
            municipalities = {slug: ensure_municipality(home, slug, name) for slug, name in MUNICIPALITIES}
            users = {row[0]: self.ensure_account(row, municipalities) for row in ACCOUNTS}
            self.ensure_templates(municipalities)
            for key, build in DEMO_PLANS.items():
                data = build()
                self.ensure_plan(municipalities[PLAN_MUNICIPALITY[key]], data, users)
                ensure_collaboration(key, PlanPage.objects.get(slug=data["slug"]))
                ensure_consent(key, PlanPage.objects.get(slug=data["slug"]))
        self.stdout.write(self.style.SUCCESS("Demoverdenen er klar. Passord for alle demokontoer: samplan-demo"))

    def ensure_account(self, row, municipalities):
        username, first_name, last_name, municipality_slug, staff_role = row
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@demo.samplan.no",
                "is_superuser": staff_role == "operator",
                "is_staff": staff_role == "operator",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if municipality_slug:
            municipality = municipalities[municipality_slug]
            group = municipality.admins_group if staff_role == "admin" else municipality.coordinators_group
            user.groups.add(group)
        self.ensure_identity(user)
        return user

    def ensure_identity(self, user):
        """The account's synthetic identity number, as the keyed digest a real sign-in matches
        (only where synthetic numbers are accepted: never in production)."""
        number = IDENTITY_NUMBERS.get(user.username)
        if number and settings.SAMPLAN_ACCEPT_SYNTHETIC_PIDS:
            PersonIdentity.objects.get_or_create(user=user, defaults={"pid_digest": pid_digest(number)})

    def ensure_templates(self, municipalities):
        for name, plan_type, municipality_slug, description, body in DEMO_TEMPLATES:
            if PlanTemplate.objects.filter(name=name).exists():
                continue
            PlanTemplate.objects.create(
                name=name,
                plan_type=plan_type,
                municipality=municipalities.get(municipality_slug),
                description=description,
                body=body,
            )

    def ensure_plan(self, municipality: MunicipalityPage, data, users):
        if PlanPage.objects.filter(slug=data["slug"]).exists():
            return
        coordinator = users[data["coordinator"]]
        plan = PlanPage(
            slug=data["slug"],
            plan_type=data["plan_type"],
            person_name=data["person_name"],
            person_birth_date=data["birth_date"],
            coordinator=coordinator,
            owner=coordinator,
            status=PlanStatus.ACTIVE,
            body=data["body"],
        )
        today = timezone.localdate()
        plan.start_date = today - datetime.timedelta(days=90)
        plan.period_end = today + datetime.timedelta(days=275)
        plan.next_evaluation_date = today + datetime.timedelta(days=30)
        municipality.plan_index.add_child(instance=plan)
        for username, role, profession, organisation, access in data["participants"]:
            add_participant(
                plan,
                coordinator,
                user=users[username],
                role=role,
                profession=profession,
                organisation=organisation,
                access=access,
            )
        # The demo's measures and meetings name goals and people: link them to the plan's own.
        plan.body = typed_text_linked(plan)
        plan.save_revision(user=coordinator).publish(user=coordinator)
        for username, text in data["log"]:
            LogEntry.objects.create(plan=plan, author=users[username], text=text)
