from django.urls import path

from municipal_admin import locked_accounts, views

app_name = "municipal_admin"
urlpatterns = [
    path("kommune/koordinatorer/", views.coordinator_list, name="coordinators"),
    path("kommune/koordinatorer/ny/", views.coordinator_create, name="coordinator_create"),
    path(
        "kommune/koordinatorer/invitasjoner/<int:invitation_id>/send-igjen/",
        views.coordinator_invitation_send_again,
        name="coordinator_invitation_send_again",
    ),
    path(
        "kommune/koordinatorer/invitasjoner/<int:invitation_id>/trekk-tilbake/",
        views.coordinator_invitation_withdraw,
        name="coordinator_invitation_withdraw",
    ),
    path("kommune/koordinatorer/<int:user_id>/deaktiver/", views.coordinator_deactivate, name="coordinator_deactivate"),
    path("kommune/koordinatorer/<int:user_id>/aktiver/", views.coordinator_reactivate, name="coordinator_reactivate"),
    path("kommune/planer/<int:plan_id>/overfor/", views.plan_handover, name="plan_handover"),
    path("kommune/statistikk/", views.statistics, name="statistics"),
    path("sperrede-kontoer/", locked_accounts.locked_accounts, name="locked_accounts"),
]
