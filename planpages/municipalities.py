"""Setting up a municipality (tenant): its pages and its two staff groups."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from .models import MunicipalityPage, PlanIndexPage


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
