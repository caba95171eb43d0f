"""`manage.py create_api_token USERNAME`: an operator makes an API key for a user. The key is
printed once; only its digest is stored (Wagtail's APIToken)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log
from wagtail.models import APIToken


class Command(BaseCommand):
    help = "Lag en API-nøkkel for en bruker og skriv den ut (vises bare én gang)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Laget av driftsoperatør", help="Navn på nøkkelen.")

    def handle(self, *args, username, name, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist:
            raise CommandError(f"Fant ingen bruker med brukernavnet {username!r}.") from None
        if not user.is_active:
            raise CommandError("Kontoen er deaktivert.")
        token, plaintext = APIToken.create_token(user=user, name=name)
        log(token, "wagtail.apitoken.create", data={"source": "management_command"})
        self.stdout.write(plaintext)
