from django.urls import include, path

from accounts import api_keys, views
from accounts.oidc import urls as oidc_urls
from accounts.oidc import views as oidc_views

urlpatterns = [
    path("logg-inn/", views.SignInView.as_view(), name="login"),
    path("logg-ut/", oidc_views.sign_out, name="logout"),
    path("", include(oidc_urls)),
    path("to-faktor/", views.verify, name="two_factor_verify"),
    path("to-faktor/oppsett/", views.enrol, name="two_factor_enrol"),
    path("profil/", views.profile, name="profile"),
    path("profil/logg-ut-overalt/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("profil/passord/", views.change_password, name="change_password"),
    path("profil/e-post/", views.change_email, name="change_email"),
    path("profil/api-nokler/", api_keys.api_tokens, name="api_tokens"),
    path("profil/api-nokler/<int:token_id>/trekk-tilbake/", api_keys.revoke_api_token, name="revoke_api_token"),
]
