"""Finding people to add to a plan: among the plan's municipality only (its coordinators and
the people on its plans), never operators or local administrators, at most MAX_MATCHES."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from planpages.models import MunicipalityPage, PlanParticipant
from planpages.tree_shortcuts import ancestor_paths

MAX_MATCHES = 20
MIN_QUERY_LENGTH = 2


def municipality_of(plan):
    return MunicipalityPage.objects.get(path__in=ancestor_paths(plan))


def findable_people(municipality):
    """Everyone a coordinator of `municipality` may find and add, as a queryset."""
    users = get_user_model().objects
    staff = users.filter(groups=municipality.coordinators_group_id).values("pk").order_by()
    on_its_plans = (
        PlanParticipant.objects.filter(page__path__startswith=municipality.path, user__isnull=False)
        .values("user_id")
        .order_by()
    )
    administrators = users.filter(groups__in=MunicipalityPage.objects.values("admins_group")).values("pk")
    # A UNION of two indexed lookups rather than `group OR pk IN (...)` with DISTINCT, which
    # scans every account (as in planpages.access.viewable_plans).
    return users.filter(pk__in=staff.union(on_its_plans), is_active=True, is_superuser=False).exclude(
        pk__in=administrators
    )


def name_filter(query):
    """Every word of the query must start a first or last name (or a part of one)."""
    condition = Q()
    for word in query.split():
        condition &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    return condition


def find_people(plan, query):
    """Up to MAX_MATCHES people whose name matches, each with what they are known as."""
    query = " ".join(query.split())
    if len(query) < MIN_QUERY_LENGTH:
        return []
    municipality = municipality_of(plan)
    people = list(
        findable_people(municipality)
        .filter(name_filter(query))
        .exclude(plan_participations__page=plan)
        .order_by("last_name", "first_name", "pk")[:MAX_MATCHES]
    )
    describe(people, municipality)
    return people


def describe(people, municipality):
    """Sets `known_as` on each person: their profession and organisation on a plan of the
    municipality, else "Koordinator" (the only other way to be findable). One query."""
    rows = (
        PlanParticipant.objects.filter(user__in=people, page__path__startswith=municipality.path)
        .order_by("user_id", "-pk")
        .values_list("user_id", "profession", "organisation")
    )
    known = {}
    for user_id, profession, organisation in rows:
        known.setdefault(user_id, ", ".join(part for part in (profession, organisation) if part))
    for person in people:
        person.known_as = known[person.pk] if person.pk in known else _("Koordinator")
