from django.shortcuts import redirect
from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from planpages.models import PlanPage
from plantemplates import admin_urls
from plantemplates.views import PlanTemplateViewSet

register_snippet(PlanTemplateViewSet)


@hooks.register("register_admin_urls")
def register_new_plan_urls():
    return [path("", include(admin_urls, namespace="plantemplates"))]


@hooks.register("before_create_page")
def choose_type_and_template_first(request, parent_page, page_class):
    """Wagtail's own add-page form cannot know the plan type: send the coordinator to our step."""
    if page_class is PlanPage:
        return redirect("plantemplates:create_plan", parent_page.pk)
    return None
