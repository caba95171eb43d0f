"""The plan as PDF, and its archive copies: download, store, list; and a person's «Mine data»."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accesslog.recording import record_access
from exports.archive import archive_plan
from exports.my_data import my_data_zip
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


@login_required
@require_POST
def my_data_download(request):
    """The signed-in person's own copy («Mine data»), as a ZIP."""
    content = my_data_zip(request.user, reader=request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="mine-data-{timezone.localdate():%Y-%m-%d}.zip"'
    return response
