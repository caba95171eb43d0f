from django.urls import path

from exports.noark5.views import noark5_download

app_name = "exports"
urlpatterns = [
    path("kommune/planer/<int:plan_id>/noark5/", noark5_download, name="noark5"),
]
