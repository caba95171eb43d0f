from django.urls import path

from accounts.oidc import views

urlpatterns = [
    path("logg-inn/oidc/<slug:provider_name>/", views.start, name="oidc_start"),
    path("logg-inn/oidc/<slug:provider_name>/callback/", views.callback, name="oidc_callback"),
    path("logg-inn/oidc/<slug:provider_name>/utlogging/", views.back_channel_logout, name="oidc_back_channel_logout"),
    path(
        "logg-inn/oidc/<slug:provider_name>/utlogging-frontkanal/",
        views.front_channel_logout,
        name="oidc_front_channel_logout",
    ),
]
