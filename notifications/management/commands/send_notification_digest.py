"""Run once a day: one e-mail per user who chose a daily digest and has something waiting."""

from django.core.management.base import BaseCommand

from notifications.tasks import send_notification_digests


class Command(BaseCommand):
    help = "Sender én samlet e-post per bruker som har valgt daglig oppsummering."

    def handle(self, *args, **options):
        result = send_notification_digests.enqueue()
        self.stdout.write(f"Oppsummering lagt i kø ({result.id}).")
