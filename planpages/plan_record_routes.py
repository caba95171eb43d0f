"""Sub-routes of a plan for its records: the access log, the PDF and the archive copies.
PlanPage.route() has already refused anyone who may not view the plan."""

from wagtail.contrib.routable_page.models import path


class AccessLogRoutes:
    @path("access-log/")
    def access_log_view(self, request):
        from .access_log_views import access_log_page

        return access_log_page(request, self)


class PlanPdfRoutes:
    @path("pdf/")
    def pdf_view(self, request):
        from .pdf_views import plan_pdf_download

        return plan_pdf_download(request, self)

    @path("archive/")
    def archive_view(self, request):
        from .pdf_views import store_archive_copy

        return store_archive_copy(request, self)

    @path("archive/<int:copy_id>/")
    def archive_copy_view(self, request, copy_id):
        from .pdf_views import archive_copy_download

        return archive_copy_download(request, self, copy_id)
