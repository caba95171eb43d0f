from django.urls import path

from notifications.views import notification_settings

urlpatterns = [
    path("innstillinger/varsler/", notification_settings, name="notification_settings"),
]
