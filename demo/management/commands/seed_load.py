"""Synthetic load data for benchmarks: N municipalities with M plans each, written in bulk."""

import time

from django.core.management.base import BaseCommand

from demo.load.bulk import analyze
from demo.load.world import LoadWorld
from planpages.site_setup import ensure_home_page


class Command(BaseCommand):
    help = (
        "Lager syntetiske lastdata: kommuner med planer av alle typer, deltakere, mål, tiltak, møter og "
        "loggføringer, med samme grupper og tilgangsbegrensninger som appen selv gir. Deterministisk for et gitt frø."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipalities", type=int, required=True)
        parser.add_argument("--plans-per-municipality", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--log-entries-per-plan", type=int, default=30, help="Gjennomsnittlig antall loggføringer per plan."
        )

    def handle(self, *args, municipalities, plans_per_municipality, seed, log_entries_per_plan, **options):
        started = time.monotonic()
        world = LoadWorld(
            ensure_home_page(),
            total_plans=municipalities * plans_per_municipality,
            seed=seed,
            log_entries_per_plan=log_entries_per_plan,
        )
        written = 0
        for number, municipality in enumerate(world.ensure_municipalities(municipalities)):
            written += world.add_municipality(number, municipality, plans_per_municipality)
            if options["verbosity"] > 1:
                self.stdout.write(f"{number + 1}/{municipalities} kommuner, {written} planer")
        analyze()
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"{written} planer lagt inn på {seconds:.1f} s."))
