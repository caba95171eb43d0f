"""Cache-Control: no-store on every response to a signed-in user (the privacy branch may add
the same rule; keep one when merging)."""

from django.utils.cache import add_never_cache_headers


class NoStoreWhenSignedInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
