from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def two_factor_required(app_configs, **kwargs):
    if getattr(settings, "SAMPLAN_REQUIRE_2FA", False):
        return []
    return [
        Warning(
            "SAMPLAN_REQUIRE_2FA is off: plan content can be reached with a password alone.",
            hint="Turn it off only for the local demo.",
            id="samplan.W001",
        )
    ]
