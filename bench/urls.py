"""The app's URLs plus the two references the plan page is measured against."""

from django.urls import path

from samplan.urls import urlpatterns as app_urlpatterns

from .reference_views import floor_plan_page, stock_wagtail_plan_page

urlpatterns = [
    path("__bench__/floor/<int:plan_id>/", floor_plan_page),
    path("__bench__/stock/<path:page_path>", stock_wagtail_plan_page),
    *app_urlpatterns,
]
