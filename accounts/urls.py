from django.urls import path

from . import views

urlpatterns = [
    path("to-faktor/", views.verify, name="two_factor_verify"),
    path("to-faktor/oppsett/", views.enrol, name="two_factor_enrol"),
    path("profil/", views.profile, name="profile"),
    path("profil/logg-ut-overalt/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("profil/passord/", views.change_password, name="change_password"),
    path("profil/e-post/", views.change_email, name="change_email"),
]
