from django.urls import path

from exports.views import my_data_download

urlpatterns = [
    path("profil/mine-data/", my_data_download, name="my_data_download"),
]
