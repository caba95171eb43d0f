"""Tenancy: setting up a municipality (its pages and two staff groups), and which
municipalities a user administers, the one rule every local-administrator view asks.

The operator (superuser) administers all of them; a local administrator the municipalities
whose admins group they belong to; everybody else none."""

import operator
from functools import reduce

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from wagtail.models import GroupPagePermission

from planpages.models import MunicipalityPage, PlanIndexPage, PlanPage


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@transaction.atomic
def ensure_municipality(home, slug, name):
    """The municipality page, its plan index and groups; returns the municipality page."""
    municipality = MunicipalityPage.objects.filter(slug=slug).first()
    if municipality is None:
        municipality = home.add_child(instance=MunicipalityPage(title=name, slug=slug))
    index = PlanIndexPage.objects.child_of(municipality).first()
    if index is None:
        index = municipality.add_child(instance=PlanIndexPage(title="Planer", slug="planer"))

    coordinators, _ = Group.objects.get_or_create(name=f"{slug}-koordinatorer")
    admins, _ = Group.objects.get_or_create(name=f"{slug}-lokale-administratorer")
    for group in (coordinators, admins):
        group.permissions.add(admin_access_permission())
    # Coordinators may add plans under their own index and nothing more; editing a plan is
    # decided per plan by PlanPage.permissions_for_user.
    GroupPagePermission.objects.get_or_create(
        group=coordinators,
        page=index,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page"),
    )
    if municipality.coordinators_group_id != coordinators.pk or municipality.admins_group_id != admins.pk:
        municipality.coordinators_group = coordinators
        municipality.admins_group = admins
        municipality.save(update_fields=["coordinators_group", "admins_group"])
    return municipality


def administered_municipality_ids(user):
    """Ids of the municipalities `user` administers, worked out once per user object."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if not hasattr(user, "_administered_municipality_ids"):
        municipalities = MunicipalityPage.objects.all()
        if not user.is_superuser:
            municipalities = municipalities.filter(admins_group__user=user)
        user._administered_municipality_ids = frozenset(municipalities.values_list("pk", flat=True))
    return user._administered_municipality_ids


def administered_municipalities(user):
    return MunicipalityPage.objects.filter(pk__in=administered_municipality_ids(user)).order_by("title")


def is_municipal_administrator(user):
    """Operator or local administrator of at least one municipality."""
    return bool(administered_municipality_ids(user))


def administered_plans(user, queryset=None):
    """Plans in the municipalities `user` administers. For metadata only: never their content."""
    queryset = PlanPage.objects.all() if queryset is None else queryset
    paths = administered_municipalities(user).values_list("path", flat=True)
    within = reduce(operator.or_, (Q(path__startswith=path) for path in paths), Q(pk__in=[]))
    return queryset.filter(within)


def coordinators_of(municipality):
    """Accounts in the municipality's coordinators group (the operator is never listed)."""
    return (
        get_user_model()
        .objects.filter(groups=municipality.coordinators_group_id, is_superuser=False)
        .order_by("last_name", "first_name", "username")
    )


def chosen_municipality(request):
    """The municipality a view works on: `?kommune=<id>` among those the user administers,
    else the first of them. A municipality outside the user's reach is a 404."""
    ids = administered_municipality_ids(request.user)
    requested = request.GET.get("kommune") or request.POST.get("kommune")
    if requested:
        if not requested.isdigit() or int(requested) not in ids:
            raise Http404
        return MunicipalityPage.objects.get(pk=int(requested))
    municipality = administered_municipalities(request.user).first()
    if municipality is None:
        raise Http404
    return municipality
