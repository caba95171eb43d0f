"""The operator's export of one person's access records, for a GDPR access request (innsyn)."""

import csv
import logging

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from planpages.models import AccessRecord, PlanPage, PlanParticipant
from planpages.plan_types import ParticipantRole

logger = logging.getLogger("samplan.access_log")

CSV_COLUMNS = [
    _("tidspunkt (UTC)"),
    _("plan-ID"),
    _("plan"),
    _("hvem"),
    _("bruker-ID"),
    _("rolle på planen"),
    _("hva"),
    _("hvordan"),
    _("tilgang gitt"),
]


class AccessExportForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("Person"),
        queryset=get_user_model().objects.order_by("username"),
        help_text=_("Eksporten tar med alt personen har åpnet, og alle som har åpnet planer personen eier."),
    )


def records_concerning(user):
    """What the person read, and every read of a plan where the person is plan owner or guardian."""
    owned_plans = PlanParticipant.objects.filter(
        user=user, role__in=[ParticipantRole.OWNER, ParticipantRole.GUARDIAN]
    ).values("page_id")
    return AccessRecord.objects.filter(Q(user=user) | Q(plan_id__in=owned_plans)).order_by("at", "pk")


# A spreadsheet program runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell):
    """The cell as text a spreadsheet shows rather than runs: a leading ' before a formula."""
    text = str(cell)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_response(records, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # the BOM makes spreadsheet programs read æ, ø and å right
    writer = csv.writer(response)
    writer.writerow([str(column) for column in CSV_COLUMNS])
    # Looked up apart rather than joined: a record outlives its plan and must still be exported.
    titles = dict(PlanPage.objects.filter(pk__in=records.values("plan_id")).values_list("pk", "title"))
    for record in records.iterator():
        writer.writerow(
            neutralised(cell)
            for cell in [
                record.at.isoformat(),
                record.plan_id,
                titles.get(record.plan_id, ""),
                record.user_display,
                record.user_id or "",
                record.role_display,
                record.what,
                record.get_channel_display(),
                _("ja") if record.granted else _("nei"),
            ]
        )
    return response


def access_log_export(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    form = AccessExportForm(request.GET or None)
    if not form.is_valid():
        return TemplateResponse(request, "accesslog/admin/access_log_export.html", {"form": form})
    person = form.cleaned_data["user"]
    logger.info("Operator %s exported the access records concerning user %s", request.user.pk, person.pk)
    return csv_response(records_concerning(person), f"tilgangslogg-bruker-{person.pk}.csv")
