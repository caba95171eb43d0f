from django.urls import path

from accesslog.export import access_log_export

app_name = "accesslog"
urlpatterns = [
    path("access-log/export/", access_log_export, name="export"),
]
