"""The operator's «Mine data» for a person who asked for it (innsyn on request)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from exports.my_data import my_data_zip
from planpages.models import AccessRecord


class Command(BaseCommand):
    help = "Skriv en persons «Mine data» (ZIP) til en fil, for en innsynsbegjæring."

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="Brukernavnet til personen.")
        parser.add_argument("--out", required=True, help="ZIP-filen som skal skrives.")

    def handle(self, *args, user, out, **options):
        person = get_user_model().objects.filter(username=user).first()
        if person is None:
            raise CommandError(f"Fant ingen bruker med brukernavnet «{user}».")
        content = my_data_zip(person, reader=None, channel=AccessRecord.Channel.ADMIN)
        Path(out).write_bytes(content)
        self.stdout.write(f"Skrev {len(content)} byte til {out}.")
