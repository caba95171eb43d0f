from django.urls import path

from planpages.views import AccessibilityStatementView, favicon

urlpatterns = [
    path("favicon.ico", favicon),
    path("tilgjengelighet/", AccessibilityStatementView.as_view(), name="accessibility_statement"),
]
