from django.urls import path

from invitations import views

app_name = "invitations"
urlpatterns = [
    path("invitasjon/<str:token>/", views.landing, name="landing"),
]
