"""Write the Noark 5 extract of one closed plan to a directory."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from exports.noark5.access import PlanStillOpen, exportable_plan, record_export
from exports.noark5.package import extract_files, write_directory


class Command(BaseCommand):
    help = "Skriver Noark 5-arkivuttrekket av en avsluttet plan til en katalog."

    def add_arguments(self, parser):
        parser.add_argument("--plan", type=int, required=True, help="Planens id")
        parser.add_argument("--out", required=True, help="Katalogen uttrekket skrives til")
        parser.add_argument("--user", help="Brukernavnet til operatøren som eksporterer (for loggen)")

    def handle(self, *args, **options):
        user = self.operator(options["user"])
        try:
            plan = exportable_plan(user, options["plan"])
        except Http404 as error:
            raise CommandError("Fant ingen plan med denne id-en.") from error
        except PlanStillOpen as error:
            raise CommandError(str(error)) from error
        actor = user if user.pk else None
        files = extract_files(plan, actor)
        write_directory(files, options["out"])
        record_export(plan, actor)
        self.stdout.write(f"Skrev {len(files)} filer for plan {plan.short_code} til {options['out']}")

    def operator(self, username):
        users = get_user_model().objects
        if username is None:
            # The command line is the operator's own: it acts as one.
            return users.model(is_superuser=True, is_active=True)
        user = users.filter(username=username, is_superuser=True, is_active=True).first()
        if user is None:
            raise CommandError("Fant ingen aktiv driftsoperatør med dette brukernavnet.")
        return user
