"""The plan access rule. Every view, listing, export, API endpoint and hook asks this module.

Who may see a plan: the operator (superuser), the plan's coordinator, and participants whose
access is current (active account, access end date not passed) and whom consent allows: once
the owner side has decided on consent for a plan (any consent row), a participant other than
the owner side needs a current consent that covers them. Writing additionally needs
write access and an open plan. Everybody else is told the plan does not exist.
"""

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property

from planpages.plan_types import Access, ParticipantRole, PlanStatus, PlanType
from planpages.signals import plan_read_refused


def current_participation_q(prefix="", today=None):
    """Filter for participations that grant access today."""
    today = today or timezone.localdate()
    return Q(**{f"{prefix}user__is_active": True}) & (
        Q(**{f"{prefix}access_until__isnull": True}) | Q(**{f"{prefix}access_until__gte": today})
    )


OWNER_SIDE_ROLES = (ParticipantRole.OWNER, ParticipantRole.GUARDIAN)


def consent_allows_q(today=None):
    """Filter on PlanParticipant: the owner side, anyone on a plan without any consent decision
    yet, and those a current consent covers."""
    from planpages.models import Consent

    return (
        Q(role__in=OWNER_SIDE_ROLES)
        | ~Exists(Consent.objects.filter(plan=OuterRef("page_id")))
        | Exists(Consent.objects.current(today).filter(covers=OuterRef("pk")))
    )


def granting_participation_q(today=None):
    """Filter on PlanParticipant: the participations that let their person view the plan today."""
    return current_participation_q(today=today) & consent_allows_q(today)


def participants_with_access(plan):
    """The plan's participants, each with `grants_access` (current and allowed by consent)."""
    return plan.participants.select_related("user").annotate(
        grants_access=ExpressionWrapper(granting_participation_q(), output_field=BooleanField())
    )


def viewable_plans(user, queryset=None):
    """The plans `user` may view, as a queryset (no per-plan work)."""
    from planpages.models import PlanPage, PlanParticipant

    queryset = PlanPage.objects.all() if queryset is None else queryset
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.is_superuser:
        return queryset
    participating = PlanParticipant.objects.filter(granting_participation_q(), user=user).values("page_id").order_by()
    coordinating = PlanPage.objects.filter(coordinator=user).values("pk").order_by()
    # A UNION of two indexed lookups: `coordinator = user OR pk IN (...)` makes PostgreSQL
    # scan every plan, which at national scale is the slowest part of the dashboard.
    return queryset.filter(pk__in=coordinating.union(participating))


def administrable_plans(user, queryset=None):
    """The plans `user` manages in the admin: the operator every plan, a coordinator the plans
    they coordinate, everybody else none (local administrators and participants included)."""
    from planpages.models import PlanPage

    queryset = PlanPage.objects.all() if queryset is None else queryset
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.is_superuser:
        return queryset
    return queryset.filter(coordinator=user)


def without_hidden_plans(user, pages):
    """Any page queryset less the plans `user` does not manage: what every admin listing,
    chooser, report and history shows."""
    from planpages.models import PlanPage

    if user.is_authenticated and user.is_active and user.is_superuser:
        return pages
    hidden = PlanPage.objects.exclude(pk__in=administrable_plans(user).values("pk"))
    return pages.exclude(pk__in=hidden.values("pk"))


class PlanAccess:
    """What one user may do on one plan, worked out once per request."""

    def __init__(self, user, plan):
        self.user = user
        self.plan = plan
        self.participants = list(participants_with_access(plan).order_by("pk"))
        self.participation = self._participation()

    def _participation(self):
        if not self.user.is_authenticated or not self.user.is_active:
            return None
        for participant in self.participants:
            if participant.user_id == self.user.pk and participant.grants_access:
                return participant
        return None

    @property
    def is_coordinator(self):
        return self.user.is_active and self.plan.coordinator_id == self.user.pk

    @property
    def is_operator(self):
        return self.user.is_active and self.user.is_superuser

    @property
    def can_view(self):
        return self.is_operator or self.is_coordinator or self.participation is not None

    @property
    def can_write(self):
        if self.plan.status == PlanStatus.CLOSED or not self.can_view:
            return False
        if self.is_operator or self.is_coordinator:
            return True
        return self.participation.access == Access.WRITE or self.is_baton_holder

    @cached_property
    def is_baton_holder(self):
        """Holds a Stafettlogg plan's baton (a plan with no Baton row is held by its coordinator).
        Asked only when nothing else grants the right, so other plans pay no query for it."""
        if self.plan.plan_type != PlanType.STAFETTLOGG or not self.can_view:
            return False
        from planpages.models import Baton

        holder_id = Baton.objects.filter(plan_id=self.plan.pk).values_list("holder_id", flat=True).first()
        return (holder_id or self.plan.coordinator_id) == self.user.pk

    @property
    def is_owner_side(self):
        """Plan owner, guardian or coordinator: those who see the access log."""
        if self.is_coordinator:
            return True
        return self.participation is not None and self.participation.role in OWNER_SIDE_ROLES

    @property
    def can_see_access_log(self):
        """The innsynslogg is for the owner side, the operator and (while holding it) the baton
        holder, who follows the plan up in the coordinator's place; not for other participants."""
        return self.is_owner_side or self.is_operator or self.is_baton_holder

    @property
    def is_plan_owner_side(self):
        """Plan owner or guardian (not the coordinator): those who give and withdraw consent."""
        return self.participation is not None and self.participation.role in OWNER_SIDE_ROLES

    @property
    def can_see_consents(self):
        """Consents are shown to the owner side, the coordinator and the operator."""
        return self.can_see_access_log

    @property
    def can_see_archive_copies(self):
        """Archive copies are listed for the owner side and the operator."""
        return self.is_owner_side or self.is_operator

    @property
    def can_archive(self):
        """Storing an archive copy is the coordinator's (and the operator's) task."""
        return self.is_coordinator or self.is_operator


def plan_access(request, plan):
    """The request's PlanAccess for `plan`, cached on the request."""
    cache = request.__dict__.setdefault("_plan_access", {})
    if plan.pk not in cache:
        cache[plan.pk] = PlanAccess(request.user, plan)
    return cache[plan.pk]


def require_plan_view(request, plan, what="plan", channel="web"):
    """Raise the same 404 as for a plan that does not exist, unless the user may view it.
    A denied attempt on a real plan is written to the access log before the 404."""
    if not plan_access(request, plan).can_view:
        plan_read_refused.send(sender=type(plan), request=request, plan=plan, what=what, channel=channel)
        raise Http404


def require_plan_write(request, plan):
    access = plan_access(request, plan)
    if not access.can_view:
        raise Http404
    return access.can_write


def restrictions_accept(restrictions, request):
    return all(restriction.accept_request(request) for restriction in restrictions)
