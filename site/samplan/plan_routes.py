"""The table of a plan's sub-routes, after `<plan url>`. PlanPage.route has already applied the
access rule (a visitor who may not view the plan got a 404); each view checks what it adds.

Every view is `view(request, plan, **kwargs)`. Templates link with
`{% routablepageurl page "<name>" … %}`. A new route joins the privacy matrix by an entry in
tests/privacy/routes.py."""

from django.urls import path

from accesslog import views as accesslog_views
from collaboration import baton_views, calendar, consent_views, plan_page
from collaboration import views as collaboration_views
from exports import views as export_views

PLAN_ROUTES = (
    path("", plan_page.plan_detail, name="plan"),
    path("logg/", collaboration_views.add_log_entry, name="add_log_entry"),
    path("logg/<uuid:entry_id>/rett/", collaboration_views.correct_log_entry, name="correct_log_entry"),
    path("evalueringer/", collaboration_views.add_evaluation, name="add_evaluation"),
    path("meldinger/", collaboration_views.post_message, name="post_message"),
    path("vedlegg/", collaboration_views.add_attachment, name="add_attachment"),
    path("vedlegg/<uuid:attachment_id>/", collaboration_views.download_attachment, name="download_attachment"),
    path("moter/<str:meeting_id>/referat/", collaboration_views.meeting_minutes, name="meeting_minutes"),
    path("moter/<str:meeting_id>/kalender/", calendar.meeting_ics, name="meeting_ics"),
    path("stafett/gi-videre/", baton_views.hand_over, name="baton_hand_over"),
    path("stafett/ta-over/", baton_views.accept, name="baton_accept"),
    path("stafett/takk-nei/", baton_views.decline, name="baton_decline"),
    path("stafett/trekk-tilbake/", baton_views.withdraw, name="baton_withdraw"),
    path("stafett/lysglimt-og-bekymringer/", baton_views.add_note, name="baton_add_note"),
    path("samtykke/", consent_views.decide, name="consent_decide"),
    path("samtykke/<int:consent_id>/trekk-tilbake/", consent_views.withdraw, name="consent_withdraw"),
    path("access-log/", accesslog_views.access_log_page, name="access_log"),
    path("pdf/", export_views.plan_pdf_download, name="pdf"),
    path("archive/", export_views.store_archive_copy, name="archive"),
    path("archive/<int:copy_id>/", export_views.archive_copy_download, name="archive_copy"),
)
