"""Sub-routes of a plan for what the responsibility group writes and downloads. PlanPage.route
has already checked that the user may view the plan; writes check more in planpages.writes."""

from wagtail.contrib.routable_page.models import path


class CollaborationRoutesMixin:
    @path("logg/", name="add_log_entry")
    def add_log_entry_view(self, request):
        from . import collaboration_views

        return collaboration_views.add_log_entry(request, self)

    @path("logg/<uuid:entry_id>/rett/", name="correct_log_entry")
    def correct_log_entry_view(self, request, entry_id):
        from . import collaboration_views

        return collaboration_views.correct_log_entry(request, self, entry_id)

    @path("evalueringer/", name="add_evaluation")
    def add_evaluation_view(self, request):
        from . import collaboration_views

        return collaboration_views.add_evaluation(request, self)

    @path("meldinger/", name="post_message")
    def post_message_view(self, request):
        from . import collaboration_views

        return collaboration_views.post_message(request, self)

    @path("vedlegg/", name="add_attachment")
    def add_attachment_view(self, request):
        from . import collaboration_views

        return collaboration_views.add_attachment(request, self)

    @path("vedlegg/<uuid:attachment_id>/", name="download_attachment")
    def download_attachment_view(self, request, attachment_id):
        from . import collaboration_views

        return collaboration_views.download_attachment(request, self, attachment_id)

    @path("moter/<str:meeting_id>/referat/", name="meeting_minutes")
    def meeting_minutes_view(self, request, meeting_id):
        from . import collaboration_views

        return collaboration_views.meeting_minutes(request, self, meeting_id)

    @path("moter/<str:meeting_id>/kalender/", name="meeting_ics")
    def meeting_ics_view(self, request, meeting_id):
        from .meeting_calendar import meeting_ics

        return meeting_ics(request, self, meeting_id)
