"""Consent posts from the plan page (owner side). Refusals and bad input answer like the plan
page's other writes."""

from django.utils.translation import gettext_lazy as _

from collaboration import consents
from collaboration.views import write_from_plan_page
from planpages.access import plan_access

ANCHOR = "section-consents"


def decide(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "consent",
        lambda: consents.decide(plan, plan_access(request, plan), request.POST, consents.sign_in_of(request)),
        _("Svaret ditt om samtykke er lagret."),
        ANCHOR,
    )


def withdraw(request, plan, consent_id):
    return write_from_plan_page(
        request,
        plan,
        "consent_withdraw",
        lambda: consents.withdraw(plan, plan_access(request, plan), consent_id),
        _("Samtykket er trukket tilbake. Deltakerne det gjaldt, har ikke lenger tilgang på grunn av det."),
        ANCHOR,
    )
