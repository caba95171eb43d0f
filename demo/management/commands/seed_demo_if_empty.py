"""Seed the demo world on an empty database only (used by `make run`)."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Kjører seed_demo hvis databasen ikke har noen brukere."

    def handle(self, *args, **options):
        if get_user_model().objects.exists():
            self.stdout.write("Databasen har allerede data; demoverdenen lages ikke på nytt.")
            return
        call_command("seed_demo")
