from django.urls import path

from planpages.views import AccessibilityStatementView

urlpatterns = [
    path("tilgjengelighet/", AccessibilityStatementView.as_view(), name="accessibility_statement"),
]
