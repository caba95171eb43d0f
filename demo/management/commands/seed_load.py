"""Synthetic load data for benchmarks: N municipalities with M plans each, written in bulk."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from demo.load.bulk import analyze, reset_sequences
from demo.load.world import KEYED_MODELS, LoadWorld
from planpages.site_setup import ensure_home_page

_inherited = None  # (LoadWorld, municipalities) as a worker process inherits them


def _load_municipality(number):
    world, municipalities = _inherited
    return world.add_municipality(number, municipalities[number])


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
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Prosesser som legger inn kommuner side om side (PostgreSQL; hver med sin egen tilkobling).",
        )

    def handle(self, *args, municipalities, plans_per_municipality, seed, log_entries_per_plan, workers, **options):
        global _inherited
        if workers > 1 and connection.vendor != "postgresql":
            raise CommandError("--workers over 1 krever PostgreSQL: SQLite tar bare én skriver om gangen.")
        started = time.monotonic()
        world = LoadWorld(
            ensure_home_page(),
            plans_per_municipality,
            municipalities,
            seed=seed,
            log_entries_per_plan=log_entries_per_plan,
        )
        pages = world.ensure_municipalities(municipalities)
        written = 0
        if workers > 1:
            _inherited = (world, pages)
            connections.close_all()  # each worker opens its own
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for done, count in enumerate(pool.map(_load_municipality, range(municipalities)), start=1):
                    written += count
                    self.report(options, done, municipalities, written)
            reset_sequences(KEYED_MODELS)
        else:
            for done, page in enumerate(pages, start=1):
                written += world.add_municipality(done - 1, page)
                self.report(options, done, municipalities, written)
        analyze()
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"{written} planer lagt inn på {seconds:.1f} s."))

    def report(self, options, done, municipalities, written):
        if options["verbosity"] > 1:
            self.stdout.write(f"{done}/{municipalities} kommuner, {written} planer")
