"""Builders for test data: real users, real pages, real revisions."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

from planpages.membership import sync_plan_access
from planpages.models import LogEntry, PlanPage, PlanParticipant
from planpages.plan_types import Access, ParticipantRole, PlanStatus, PlanType
from planpages.site_setup import ensure_home_page
from planpages.tenancy import ensure_municipality

_counter = itertools.count(1)


def make_user(username=None, **fields):
    username = username or f"user{next(_counter)}"
    fields.setdefault("first_name", username.capitalize())
    fields.setdefault("last_name", "Testesen")
    user = get_user_model().objects.create_user(username=username, password="riktig-passord-123", **fields)
    return user


def make_municipality(slug="testby", name="Testby kommune"):
    return ensure_municipality(ensure_home_page(), slug, name)


def goal_block(title="Et mål", sub_goals=2):
    return {
        "type": "goal",
        "value": {
            "title": title,
            "description": "Beskrivelse",
            "target_date": "2027-01-01",
            "status": "in_progress",
            "status_history": [],
            "sub_goals": [
                {
                    "title": f"{title} – delmål {n}",
                    "description": "",
                    "target_date": None,
                    "status": "not_started",
                    "status_history": [],
                }
                for n in range(sub_goals)
            ],
        },
    }


def meeting_block(days_ahead=7):
    starts_at = timezone.now() + datetime.timedelta(days=days_ahead)
    return {
        "type": "meeting",
        "value": {
            "starts_at": starts_at.isoformat(),
            "place": "Rådhuset",
            "video_link": "",
            "invited": ["A", "B"],
            "agenda": "Status",
        },
    }


class PlanFactory:
    """Creates published plans; `participants` is a list of (user, access, role)."""

    def __call__(
        self,
        municipality=None,
        plan_type=PlanType.IP,
        coordinator=None,
        participants=(),
        body=(),
        person_name="Test Person",
        status=PlanStatus.ACTIVE,
        log_entries=0,
    ):
        municipality = municipality or make_municipality()
        coordinator = coordinator or make_user()
        coordinator.groups.add(municipality.coordinators_group)
        plan = PlanPage(
            plan_type=plan_type,
            person_name=person_name,
            coordinator=coordinator,
            owner=coordinator,
            status=status,
            body=list(body),
        )
        municipality.plan_index.add_child(instance=plan)
        PlanParticipant.objects.bulk_create(
            PlanParticipant(page=plan, user=user, access=access, role=role) for user, access, role in participants
        )
        sync_plan_access(plan)
        plan.save_revision(user=coordinator).publish(user=coordinator, skip_permission_checks=True)
        LogEntry.objects.bulk_create(
            LogEntry(plan=plan, author=coordinator, text=f"Loggføring {n}") for n in range(log_entries)
        )
        return PlanPage.objects.get(pk=plan.pk)


def participant(user, access=Access.READ, role=ParticipantRole.PARTICIPANT):
    return (user, access, role)


def make_local_admin(municipality, username=None):
    user = make_user(username)
    user.groups.add(municipality.admins_group)
    return user
