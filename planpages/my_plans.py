"""The admin's "Mine planer": the plans the user administers (a coordinator their own, the
operator every plan), with the person's name, and a search by that name. Nobody else's
listing changes: local administrators' plan register keeps showing metadata only."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from planpages.access import administrable_plans
from planpages.ways_in import is_coordinator

PAGE_SIZE = 50
LISTED_FIELDS = ("id", "title", "person_name", "plan_type", "status", "next_evaluation_date", "live")


def person_name_filter(query):
    """Every word of the query somewhere in the person's name."""
    condition = Q()
    for word in query.split():
        condition &= Q(person_name__icontains=word)
    return condition


def my_plans(request):
    """One page of the user's plans: a count and a slice, whatever the number of plans."""
    query = " ".join(request.GET.get("q", "").split())
    plans = administrable_plans(request.user).filter(person_name_filter(query)).only(*LISTED_FIELDS)
    page = Paginator(plans.order_by("person_name", "pk"), PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(request, "planpages/my_plans/index.html", {"page_obj": page, "query": query})


class MyPlansMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_my_plans_url():
    return [path("mine-planer/", my_plans, name="samplan_my_plans")]


@hooks.register("register_admin_menu_item")
def register_my_plans_menu_item():
    return MyPlansMenuItem(_("Mine planer"), reverse_lazy("samplan_my_plans"), icon_name="doc-full-inverse", order=150)
