"""Membership changes take effect at once, both ways: on the site, in the ansvarsgruppe and in
the admin."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from planpages.management.commands.expire_plan_access import plans_with_lapsed_members
from planpages.models import PlanPage, PlanParticipant
from planpages.plan_types import Access, ParticipantRole
from tests.factories import make_user, participant
from tests.planpages.test_editing import edit_form_data


def participant_row(participation, **changes):
    row = {
        "id": participation.pk,
        "user": participation.user_id,
        "role": participation.role,
        "access": participation.access,
        "profession": participation.profession,
        "organisation": participation.organisation,
        "access_until": participation.access_until.isoformat() if participation.access_until else "",
    }
    return {**row, **changes}


def publish_participants(client, plan, rows):
    existing = list(plan.participants.all())
    data = edit_form_data(plan, participants=inline_formset(rows, initial=len(existing)))
    response = client.post(f"/admin/pages/{plan.pk}/edit/", {**data, "action-publish": "1"})
    assert response.status_code == 302


def is_member(user, plan):
    plan = PlanPage.objects.get(pk=plan.pk)
    return plan.access_group.user_set.filter(pk=user.pk).exists()


def sees_plan(client, user, plan):
    client.force_login(user)
    return client.get(plan.url).status_code == 200


def test_participant_added_in_the_editor_sees_the_plan_at_once(plan_factory, client):
    plan = plan_factory()
    newcomer = make_user()
    assert not sees_plan(client, newcomer, plan)
    client.force_login(plan.coordinator)
    new_row = {"user": newcomer.pk, "role": ParticipantRole.PARTICIPANT, "access": Access.READ}
    publish_participants(client, plan, [new_row])
    assert is_member(newcomer, plan)
    assert sees_plan(client, newcomer, plan)


def test_participant_removed_in_the_editor_loses_the_plan_at_once(plan_factory, client):
    leaving, staying = make_user(), make_user()
    plan = plan_factory(participants=[participant(leaving), participant(staying)])
    assert sees_plan(client, leaving, plan)
    client.force_login(plan.coordinator)
    # Removing someone is done by ending their access; the row itself is kept (nothing lost).
    ended = yesterday().isoformat()
    rows = [participant_row(p, access_until=ended if p.user == leaving else "") for p in plan.participants.all()]
    publish_participants(client, plan, rows)
    assert not is_member(leaving, plan) and is_member(staying, plan)
    assert plan.participants.filter(user=leaving).exists()
    assert not sees_plan(client, leaving, plan)
    assert sees_plan(client, staying, plan)


def test_new_coordinator_takes_over_and_the_old_one_loses_the_plan(plan_factory, client):
    plan = plan_factory()
    old, new = plan.coordinator, make_user()
    new.groups.add(*old.groups.all())
    plan.coordinator = new
    plan.save_revision(user=new).publish(user=new, skip_permission_checks=True)
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


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def test_lapsed_access_is_refused_at_once_and_the_daily_job_empties_the_group(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=yesterday())
    assert not sees_plan(client, reader, plan)
    assert is_member(reader, plan)
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not is_member(reader, plan)


def test_extending_lapsed_access_in_the_editor_restores_the_plan_at_once(plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    PlanParticipant.objects.filter(user=reader).update(access_until=yesterday())
    call_command("expire_plan_access", stdout=open("/dev/null", "w"))  # noqa: SIM115
    client.force_login(plan.coordinator)
    until = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    publish_participants(client, plan, [participant_row(p, access_until=until) for p in plan.participants.all()])
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
