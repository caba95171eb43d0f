"""Membership changes take effect at once, both ways: on the site, in the ansvarsgruppe and in
the admin. They are made on the membership screen and nowhere else."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from planpages.management.commands.expire_plan_access import plans_with_lapsed_members
from planpages.models import PlanPage, PlanParticipant
from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant


def members_url(plan, *rest):
    return f"/admin/planer/{plan.pk}/ansvarsgruppe/" + "".join(f"{part}/" for part in rest)


def change_form(participation, **changes):
    """The change form as the browser posts it: the visible values, and the ones it opened with."""
    values = {
        "role": participation.role,
        "access": participation.access,
        "profession": participation.profession,
        "organisation": participation.organisation,
        "access_until": participation.access_until.isoformat() if participation.access_until else "",
    }
    return {**values, **{f"initial-{key}": value for key, value in values.items()}, **changes}


def add_through_screen(client, plan, person, **fields):
    data = {"person": person.pk, "role": ParticipantRole.PARTICIPANT, "access": Access.READ, **fields}
    return client.post(members_url(plan, "legg-til"), data)


def is_member(user, plan):
    plan = PlanPage.objects.get(pk=plan.pk)
    return plan.access_group.user_set.filter(pk=user.pk).exists()


def sees_plan(client, user, plan):
    client.force_login(user)
    return client.get(plan.url).status_code == 200


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def test_participant_added_on_the_membership_screen_sees_the_plan_at_once(plan_factory, client):
    known = make_user()
    plan = plan_factory(participants=[participant(known)])
    newcomer = make_user()
    plan_factory(municipality=plan.get_parent().get_parent().specific, participants=[participant(newcomer)])
    assert not sees_plan(client, newcomer, plan)
    client.force_login(plan.coordinator)
    assert add_through_screen(client, plan, newcomer).status_code == 302
    assert is_member(newcomer, plan)
    assert sees_plan(client, newcomer, plan)


def test_ending_access_on_the_membership_screen_loses_the_plan_at_once_and_keeps_the_row(plan_factory, client):
    leaving, staying = make_user(), make_user()
    plan = plan_factory(participants=[participant(leaving), participant(staying)])
    row = plan.participants.get(user=leaving)
    client.force_login(plan.coordinator)
    assert client.post(members_url(plan, row.pk), {"end": "1"}).status_code == 302
    assert not is_member(leaving, plan) and is_member(staying, plan)
    assert PlanParticipant.objects.get(pk=row.pk).access_until == yesterday()
    assert not sees_plan(client, leaving, plan)
    assert sees_plan(client, staying, plan)


def test_new_coordinator_takes_over_and_the_old_one_loses_the_plan(plan_factory, client):
    from municipal_admin.handover import hand_over_plan

    plan = plan_factory()
    old, new = plan.coordinator, make_user(last_login=timezone.now())
    new.groups.add(*old.groups.all())
    hand_over_plan(plan, new, by_user=old)
    assert is_member(new, plan) and not is_member(old, plan)
    assert sees_plan(client, new, plan)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 200
    assert not sees_plan(client, old, plan)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 404


def test_deactivated_user_loses_the_plan_and_regains_it_when_reactivated(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    reader.is_active = False
    reader.save()
    assert not is_member(reader, plan)
    reader.is_active = True
    reader.save()
    assert is_member(reader, plan)
    assert sees_plan(client, reader, plan)


def test_deactivated_user_is_refused_at_once(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    client.force_login(reader)
    reader.is_active = False
    reader.save()
    # Django's session check signs the inactive user out; the plan answers as if missing.
    assert client.get(plan.url).status_code == 404


def test_lapsed_access_is_refused_at_once_and_the_daily_job_empties_the_group(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=yesterday())
    assert not sees_plan(client, reader, plan)
    assert is_member(reader, plan)
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not is_member(reader, plan)


def test_extending_lapsed_access_restores_the_plan_at_once(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=yesterday())
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    row = PlanParticipant.objects.get(user=reader)
    client.force_login(plan.coordinator)
    until = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    assert client.post(members_url(plan, row.pk), change_form(row, access_until=until)).status_code == 302
    assert is_member(reader, plan)
    assert sees_plan(client, reader, plan)


def test_daily_job_touches_only_plans_with_lapsed_members(plan_factory):
    lapsed, current = make_user(), make_user()
    plan_with_lapsed = plan_factory(participants=[participant(lapsed)])
    plan_factory(participants=[participant(current)])
    PlanParticipant.objects.filter(user=lapsed).update(access_until=yesterday())
    assert list(plans_with_lapsed_members()) == [plan_with_lapsed]
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not plans_with_lapsed_members().exists()
