from django.contrib.auth import views as auth_views
from django.urls import path

from .accessibility_statement import AccessibilityStatementView
from .api_token_views import api_tokens, revoke_api_token
from .notification_settings import notification_settings
from .views import SignInView

urlpatterns = [
    path("logg-inn/", SignInView.as_view(), name="login"),
    path("logg-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("tilgjengelighet/", AccessibilityStatementView.as_view(), name="accessibility_statement"),
    path("innstillinger/varsler/", notification_settings, name="notification_settings"),
    path("profil/api-nokler/", api_tokens, name="api_tokens"),
    path("profil/api-nokler/<int:token_id>/trekk-tilbake/", revoke_api_token, name="revoke_api_token"),
]
