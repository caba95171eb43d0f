from django.urls import path

from invitations import views

app_name = "invitations_admin"
urlpatterns = [
    path("planer/<int:plan_id>/ansvarsgruppe/inviter/", views.invite, name="invite"),
    path(
        "planer/<int:plan_id>/ansvarsgruppe/<int:participant_id>/invitasjon/send-igjen/",
        views.send_again,
        name="send_again",
    ),
    path(
        "planer/<int:plan_id>/ansvarsgruppe/<int:participant_id>/invitasjon/trekk-tilbake/",
        views.withdraw,
        name="withdraw",
    ),
]
