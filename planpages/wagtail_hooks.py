from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks

from . import privacy_hooks  # noqa: F401 - registers the privacy hooks and the page permission policy
from .admin_views import create_plan
from .models import PlanPage


@hooks.register("register_admin_urls")
def register_plan_admin_urls():
    return [path("plans/new/<int:parent_id>/", create_plan, name="planpages_create_plan")]


@hooks.register("before_create_page")
def choose_type_and_template_first(request, parent_page, page_class):
    """Wagtail's own add-page form cannot know the plan type: send the coordinator to our step."""
    if page_class is PlanPage:
        return redirect("planpages_create_plan", parent_page.pk)
    return None
