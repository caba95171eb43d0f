"""Text messages for invitations go through SAMPLAN_SMS_BACKEND: a class whose instances have
`send(number, text)` and raise OSError when the message could not be handed over.

The default sends nothing and logs only that a message was due, never the number or the text;
a deployment plugs in its SMS gateway's backend."""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("samplan.invitations")


class NotSentBackend:
    """No SMS gateway configured: nothing leaves the server and nothing personal is written."""

    def send(self, number, text):
        logger.info("invitation sms not sent: no SMS backend configured")


class MemoryBackend:
    """Keeps the messages in `MemoryBackend.outbox`, for tests (like Django's locmem e-mail)."""

    outbox = []

    def send(self, number, text):
        self.outbox.append((number, text))


def sms_backend():
    return import_string(settings.SAMPLAN_SMS_BACKEND)()
