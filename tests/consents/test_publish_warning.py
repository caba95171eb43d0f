"""Publishing a plan tells the coordinator when there is no current consent, or whom it leaves out."""

from django.contrib.messages import get_messages

from tests.planpages.test_editing import edit_form_data

from .test_consent_access import give


def published_messages(client, plan):
    client.force_login(plan.coordinator)
    response = client.post(f"/admin/pages/{plan.pk}/edit/", {**edit_form_data(plan), "action-publish": "1"})
    assert response.status_code == 302
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def warnings(client, plan):
    return [text for level, text in published_messages(client, plan) if level == "warning"]


def test_publishing_without_any_consent_warns_the_coordinator(world, client):
    plan, *_people = world
    assert warnings(client, plan) == [
        "Planen er publisert uten gyldig samtykke. Be planeier eller foresatt gi samtykke på planens side, "
        "eller registrer et samtykke gitt på papir."
    ]


def test_publishing_warns_about_a_participant_the_consent_does_not_cover(world, client):
    plan, owner, reader, other = world
    give(plan, owner, reader)
    assert warnings(client, plan) == [
        f"Samtykket dekker ikke {other.get_full_name()}, som derfor ikke ser planen før samtykket omfatter dem."
    ]


def test_publishing_a_plan_whose_consent_covers_everyone_gives_no_warning(world, client):
    plan, owner, reader, other = world
    give(plan, owner, reader, other)
    assert warnings(client, plan) == []
