"""Handing a plan to another coordinator of the same municipality, content unseen."""

from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from planpages.models import PlanPage
from planpages.plan_types import ParticipantRole
from tests.factories import goal_block, make_user, participant

from .conftest import coordinator_in, is_denied


def handover_url(plan):
    return f"/admin/kommune/planer/{plan.pk}/overfor/"


def test_handover_moves_the_plan_and_its_access_to_the_new_coordinator(nordby, nordby_admin, client, plan_factory):
    previous, successor = coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=previous)
    client.force_login(nordby_admin)

    response = client.post(handover_url(plan), {"coordinator": successor.pk, "confirm": "1"})

    assert response.status_code == 302
    plan = PlanPage.objects.get(pk=plan.pk)
    assert plan.coordinator == successor and plan.owner == successor
    assert set(plan.access_group.user_set.all()) == {successor}
    assert plan.get_latest_revision_as_object().coordinator == successor
    entry = PageLogEntry.objects.get(page=plan, action="samplan.plan_handover")
    assert entry.user == nordby_admin and entry.data["to_coordinator"] == successor.pk


def test_handover_does_not_publish_a_pending_draft(nordby, nordby_admin, client, plan_factory):
    previous, successor = coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=previous, body=[goal_block("Publisert mål")])
    draft = plan.get_latest_revision_as_object()
    draft.body = [goal_block("Utkast til mål")]
    draft.save_revision(user=previous)
    client.force_login(nordby_admin)

    client.post(handover_url(plan), {"coordinator": successor.pk, "confirm": "1"})

    plan = PlanPage.objects.get(pk=plan.pk)
    assert plan.has_unpublished_changes
    assert [child.value["title"] for child in plan.body] == ["Publisert mål"]
    latest = plan.get_latest_revision_as_object()
    assert [child.value["title"] for child in latest.body] == ["Utkast til mål"]
    assert latest.coordinator == successor


def test_revert_to_an_older_revision_keeps_the_new_coordinator(nordby, nordby_admin, client, plan_factory):
    previous, successor = coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=previous)
    first_revision = plan.latest_revision
    client.force_login(nordby_admin)
    client.post(handover_url(plan), {"coordinator": successor.pk, "confirm": "1"})
    first_revision.refresh_from_db()
    assert first_revision.as_object().coordinator == successor


def test_handover_offers_only_active_coordinators_of_the_same_municipality(
    nordby, sorvik, nordby_admin, client, plan_factory
):
    current = coordinator_in(nordby)
    candidate = coordinator_in(nordby)
    coordinator_in(nordby, is_active=False)
    foreign = coordinator_in(sorvik)
    plan = plan_factory(municipality=nordby, coordinator=current)
    client.force_login(nordby_admin)

    response = client.get(handover_url(plan))
    assert list(response.context["form"].fields["coordinator"].queryset) == [candidate]

    response = client.post(handover_url(plan), {"coordinator": foreign.pk})
    assert response.status_code == 200 and response.context["form"].errors
    assert PlanPage.objects.get(pk=plan.pk).coordinator == current


def test_plan_of_another_municipality_cannot_be_handed_over(nordby, sorvik, nordby_admin, client, plan_factory):
    current = coordinator_in(sorvik)
    plan = plan_factory(municipality=sorvik, coordinator=current)
    intruder = coordinator_in(nordby)
    client.force_login(nordby_admin)
    assert client.get(handover_url(plan)).status_code == 404
    assert client.post(handover_url(plan), {"coordinator": intruder.pk}).status_code == 404
    assert PlanPage.objects.get(pk=plan.pk).coordinator == current


def test_coordinator_cannot_hand_over_plans(nordby, client, plan_factory):
    current, other = coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=current)
    client.force_login(current)
    assert is_denied(client.post(handover_url(plan), {"coordinator": other.pk}))
    assert PlanPage.objects.get(pk=plan.pk).coordinator == current


def test_handover_page_shows_metadata_but_no_content(nordby, nordby_admin, client, plan_factory):
    plan = plan_factory(
        municipality=nordby,
        coordinator=coordinator_in(nordby),
        person_name="Kari Nordmann",
        body=[goal_block("Hemmelig mål")],
    )
    client.force_login(nordby_admin)
    html = client.get(handover_url(plan)).content.decode()
    assert plan.title in html
    assert "Kari Nordmann" not in html and "Hemmelig mål" not in html


def test_handover_asks_for_confirmation_before_moving_anything(nordby, nordby_admin, client, plan_factory):
    previous, successor = coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=previous)
    client.force_login(nordby_admin)
    response = client.post(handover_url(plan), {"coordinator": successor.pk})
    assert response.status_code == 200
    assert "Ja, overfør planen" in response.content.decode()
    assert PlanPage.objects.get(pk=plan.pk).coordinator == previous


def test_handover_preselects_nobody(nordby, nordby_admin, client, plan_factory):
    plan = plan_factory(municipality=nordby, coordinator=coordinator_in(nordby))
    coordinator_in(nordby)
    client.force_login(nordby_admin)
    html = client.get(handover_url(plan)).content.decode()
    assert '<option value="" selected>Velg ny koordinator</option>' in html


def test_handover_refuses_a_coordinator_who_never_signed_in_on_their_own(nordby, nordby_admin, client, plan_factory):
    current = coordinator_in(nordby)
    unused = coordinator_in(nordby, last_login=None)
    plan = plan_factory(municipality=nordby, coordinator=current)
    client.force_login(nordby_admin)
    response = client.post(handover_url(plan), {"coordinator": unused.pk, "confirm": "1"})
    assert response.status_code == 200 and response.context["form"].errors
    assert PlanPage.objects.get(pk=plan.pk).coordinator == current


def test_local_administrator_cannot_hand_a_plan_to_their_own_account(nordby, nordby_admin, client, plan_factory):
    current = coordinator_in(nordby)
    nordby_admin.groups.add(nordby.coordinators_group)
    nordby_admin.last_login = timezone.now()
    nordby_admin.save()
    plan = plan_factory(municipality=nordby, coordinator=current)
    client.force_login(nordby_admin)
    response = client.post(handover_url(plan), {"coordinator": nordby_admin.pk, "confirm": "1"})
    assert response.status_code == 200 and response.context["form"].errors
    assert PlanPage.objects.get(pk=plan.pk).coordinator == current


def test_a_stale_confirmation_is_refused_and_moves_nothing(nordby, nordby_admin, client, plan_factory):
    shown, meanwhile, chosen = coordinator_in(nordby), coordinator_in(nordby), coordinator_in(nordby)
    plan = plan_factory(municipality=nordby, coordinator=shown)
    client.force_login(nordby_admin)
    confirmation = client.post(handover_url(plan), {"coordinator": chosen.pk}).content.decode()
    assert f'name="from_coordinator" value="{shown.pk}"' in confirmation
    client.post(handover_url(plan), {"coordinator": meanwhile.pk, "from_coordinator": shown.pk, "confirm": "1"})
    response = client.post(
        handover_url(plan), {"coordinator": chosen.pk, "from_coordinator": shown.pk, "confirm": "1"}, follow=True
    )
    assert PlanPage.objects.get(pk=plan.pk).coordinator == meanwhile
    assert "Planen har fått en annen koordinator siden du åpnet siden." in response.content.decode()


def test_handover_tells_the_new_and_the_previous_coordinator_and_the_owner_side(
    nordby, nordby_admin, client, plan_factory, django_capture_on_commit_callbacks
):
    previous = coordinator_in(nordby, email="forrige@example.no")
    successor = coordinator_in(nordby, first_name="Nina", last_name="Ny", email="ny@example.no")
    owner = make_user(email="eier@example.no")
    reader = make_user(email="leser@example.no")
    plan = plan_factory(
        municipality=nordby,
        coordinator=previous,
        person_name="Kari Hemmelig",
        participants=[participant(owner, role=ParticipantRole.OWNER), participant(reader)],
    )
    client.force_login(nordby_admin)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(handover_url(plan), {"coordinator": successor.pk, "confirm": "1"})
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "eier@example.no",
        "forrige@example.no",
        "ny@example.no",
    ]
    to_new = next(message for message in mail.outbox if message.to == ["ny@example.no"])
    assert f"Du er nå koordinator for planen med kode {plan.short_code}" in to_new.body
    for message in mail.outbox:
        assert "Nina Ny" in message.body or message is to_new
        assert "Kari Hemmelig" not in message.body + message.subject
        assert "Nina" not in message.subject


def test_handover_page_shows_dates_in_norwegian_form_in_english(nordby, nordby_admin, client, plan_factory):
    plan = plan_factory(municipality=nordby, coordinator=coordinator_in(nordby))
    plan.start_date = timezone.localdate().replace(year=2026, month=3, day=9)
    plan.save(update_fields=["start_date"])
    UserProfile.objects.update_or_create(user=nordby_admin, defaults={"preferred_language": "en"})
    client.force_login(nordby_admin)

    page = client.get(handover_url(plan)).content.decode()

    assert "09.03.2026" in page and "March 9, 2026" not in page
