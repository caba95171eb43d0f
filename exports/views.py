"""The plan as PDF, and its archive copies: download, store, list."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accesslog.recording import record_access
from exports.archive import archive_plan
from exports.pdf import cached_plan_pdf
from planpages.access import plan_access


def pdf_filename(plan, suffix=""):
    # The plan's opaque code, never the person's name: file names travel.
    return f"plan-{plan.short_code}{suffix}.pdf"


def plan_pdf_download(request, plan):
    access = plan_access(request, plan)
    record_access(request, plan, "pdf", access=access)
    response = HttpResponse(cached_plan_pdf(plan, access.participants, request.user), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(plan)}"'
    return response


def store_archive_copy(request, plan):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not plan_access(request, plan).can_archive:
        raise PermissionDenied
    archive_plan(plan, request.user)
    messages.success(request, _("Arkivkopien er lagret på planen."))
    return redirect(plan.url)


def archive_copy_download(request, plan, copy_id):
    access = plan_access(request, plan)
    record_access(request, plan, "archive_copy", access=access, granted=access.can_see_archive_copies)
    copy = plan.archive_copies.filter(pk=copy_id).first() if access.can_see_archive_copies else None
    if copy is None:
        raise Http404
    suffix = f"-arkiv-{copy.created_at:%Y%m%d}"
    response = FileResponse(copy.file.open("rb"), as_attachment=True, filename=pdf_filename(plan, suffix))
    return response
