"""Run once a day: queues reminders a week before each evaluation date and meeting, and 30 days
before a consent ends."""

from django.core.management.base import BaseCommand

from notifications.services import queue_reminders


class Command(BaseCommand):
    help = (
        "Legger i kø påminnelser en uke før evalueringer og møter og 30 dager før et samtykke utløper. Kjøres daglig."
    )

    def handle(self, *args, **options):
        count = queue_reminders()
        self.stdout.write(f"{count} påminnelser lagt i kø.")
