from django.urls import path

from plantemplates.new_plan import create_plan

app_name = "plantemplates"
urlpatterns = [
    path("plans/new/<int:parent_id>/", create_plan, name="create_plan"),
]
