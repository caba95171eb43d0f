from django.urls import path

from planpages.members import views

app_name = "plan_members"
urlpatterns = [
    path("planer/<int:plan_id>/ansvarsgruppe/", views.members, name="index"),
    path("planer/<int:plan_id>/ansvarsgruppe/legg-til/", views.add_member, name="add"),
    path("planer/<int:plan_id>/ansvarsgruppe/<int:participant_id>/", views.change_member, name="change"),
]
