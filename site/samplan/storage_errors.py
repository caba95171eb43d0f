"""When object storage (or the disk under it) cannot be reached, the user gets a page saying so
in words, with status 503, instead of a server error: nothing was stored half-way."""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django.template.response import TemplateResponse

logger = logging.getLogger("samplan.storage")
STORAGE_ERRORS = (BotoCoreError, ClientError, OSError)


class StorageUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, STORAGE_ERRORS):
            return None
        logger.error("file storage unavailable (%s)", type(exception).__name__)
        response = TemplateResponse(request, "503.html", status=503)
        response["Retry-After"] = "60"
        return response.render()
