"""Remove access records older than the retention period (ACCESS_LOG_RETENTION_DAYS)."""

import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from planpages.models import AccessRecord

logger = logging.getLogger("samplan.access_log")


class Command(BaseCommand):
    help = "Sletter innslag i tilgangsloggen som er eldre enn oppbevaringstiden (ACCESS_LOG_RETENTION_DAYS)."

    def handle(self, *args, **options):
        days = settings.ACCESS_LOG_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        removed = AccessRecord.objects.purge_expired_for_retention(cutoff)
        message = f"purge_access_log removed {removed} access records older than {cutoff:%Y-%m-%d} ({days} days)"
        logger.info(message)
        self.stdout.write(message)
