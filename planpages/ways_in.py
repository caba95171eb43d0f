"""Ways into the admin from the site: who gets the "Administrasjon" link in the header, and
who lands in the admin after signing in."""

from django.db.models import Q

from planpages.models import MunicipalityPage, PlanPage

LAND_IN_ADMIN = "samplan_land_in_admin"


def is_local_administrator(user):
    return MunicipalityPage.objects.filter(admins_group__user=user).exists()


def is_coordinator(user):
    """In a municipality's coordinators group, or coordinating a plan (the operator too)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not hasattr(user, "_is_coordinator"):
        user._is_coordinator = (
            user.is_superuser
            or MunicipalityPage.objects.filter(coordinators_group__user=user).exists()
            or PlanPage.objects.filter(coordinator=user).exists()
        )
    return user._is_coordinator


def uses_admin(user):
    """Coordinators, local administrators and the operator; nobody else (participants
    included). One query, as it runs on every page of the site."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or getattr(user, "_is_coordinator", False):
        return True
    if not hasattr(user, "_uses_admin"):
        staff = MunicipalityPage.objects.filter(Q(coordinators_group__user=user) | Q(admins_group__user=user))
        coordinated = PlanPage.objects.filter(coordinator=user)
        user._uses_admin = staff.values("pk").order_by().union(coordinated.values("pk").order_by()).exists()
    return user._uses_admin


def remember_landing(request, user):
    """On sign-in: a local administrator's first stop is the admin, not the site's dashboard."""
    if is_local_administrator(user):
        request.session[LAND_IN_ADMIN] = True


def lands_in_admin(request):
    """True once after a local administrator's sign-in (the flag is used up)."""
    return bool(request.session.pop(LAND_IN_ADMIN, False))
