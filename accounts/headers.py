"""Security headers Django does not set itself: the Content-Security-Policy (strict on the site,
with Wagtail's documented exceptions in the admin) and the Permissions-Policy."""

from csp.middleware import CSPMiddleware
from django.conf import settings


def is_admin_path(request):
    return request.path_info.startswith("/admin/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if is_admin_path(request) and not report_only:
            parts.replace = {**settings.SAMPLAN_ADMIN_CSP_REPLACE, **(parts.replace or {})}
            # A nonce in script-src makes browsers ignore 'unsafe-inline', which Wagtail needs.
            parts.nonce = None
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
