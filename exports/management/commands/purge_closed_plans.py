"""Remove closed plans whose retention period (CLOSED_PLAN_RETENTION_YEARS) has passed."""

import logging

from django.core.management.base import BaseCommand

from exports.retention import due_plans, plan_files, purge_plan

logger = logging.getLogger("samplan.retention")


class Command(BaseCommand):
    help = "Sletter avsluttede planer som har passert oppbevaringstiden (CLOSED_PLAN_RETENTION_YEARS)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Vis hva som ville blitt slettet, uten å slette")

    def handle(self, *args, dry_run=False, **options):
        plans = due_plans()
        codes = [plan.short_code for plan in plans]
        documents = copies = 0
        for plan in plans:
            removed = tuple(map(len, plan_files(plan))) if dry_run else purge_plan(plan)
            documents += removed[0]
            copies += removed[1]
        verb = "would remove" if dry_run else "removed"
        message = (
            f"purge_closed_plans {verb} {len(codes)} plans ({', '.join(codes) or '-'}), "
            f"{documents} documents, {copies} archive copies"
        )
        logger.info(message)
        self.stdout.write(message)
