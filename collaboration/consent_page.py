"""What the plan page shows of a plan's consents (to those who may see them), and the form for
the owner side."""

from collaboration import consents
from planpages.consenting import TEXT_VERSION, consent_text, may_withdraw
from planpages.models import Consent


def consent_context(request, plan, access, bound_forms):
    if not access.can_see_consents:
        return {}
    rows = list(
        Consent.objects.filter(plan=plan).select_related("given_by", "withdrawn_by").prefetch_related("covers__user")
    )
    form = None
    if access.is_plan_owner_side:
        form = bound_forms.get("consent") or consents.ConsentForm(plan=plan, participants=consents.coverable(access))
    return {
        "show_consents": True,
        "consents": rows,
        "withdrawable_consent_ids": {row.pk for row in rows if row.status == "given" and may_withdraw(access, row)},
        "consent_form": form,
        "consent_text": consent_text(),
        "consent_text_version": TEXT_VERSION,
    }
