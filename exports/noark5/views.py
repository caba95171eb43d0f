"""The local administrator's download of a closed plan's Noark 5 extract, from the plan register."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect

from exports.noark5.access import PlanStillOpen, exportable_plan, record_export
from exports.noark5.package import extract_files, zip_bytes

PLAN_REGISTER = "kommune_planregister_modeladmin_index"


def noark5_download(request, plan_id):
    try:
        plan = exportable_plan(request.user, plan_id)
    except PlanStillOpen as refusal:
        messages.error(request, str(refusal))
        return redirect(PLAN_REGISTER)
    content = zip_bytes(extract_files(plan, request.user))
    record_export(plan, request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="noark5-{plan.short_code}.zip"'
    return response
