"""Hand-picked hostile input with the exact answer expected: a clear Norwegian message and no
change, escaped output, no open redirect, CSRF on every state change, no rich text in plans."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField

from planpages.blocks import all_plan_blocks
from planpages.models import PlanPage
from plantemplates.models import PlanTemplate

from .registry import FORMS, PASSWORD, World


@pytest.fixture
def world(plan_factory):
    return World.build(plan_factory)


def create_plan(client, world, person_name):
    client.force_login(world.coordinator)
    url = f"/admin/plans/new/{world.plan.get_parent().pk}/?plan_type=IP"
    return client.post(url, {"plan_type": "IP", "template": "", "person_name": person_name})


def test_oversized_name_is_refused_with_a_norwegian_message(client, world):
    count = PlanPage.objects.count()
    response = create_plan(client, world, "x" * 201)
    assert response.status_code == 200
    assert "Sørg for at denne verdien har 200 eller færre tegn" in response.content.decode()
    assert PlanPage.objects.count() == count


def test_nul_character_is_refused_with_a_norwegian_message(client, world):
    count = PlanPage.objects.count()
    response = create_plan(client, world, "Ola\x00Nordmann")
    assert "Null-tegn er ikke tillatt" in response.content.decode()
    assert PlanPage.objects.count() == count


def test_script_in_a_plan_is_shown_as_text(client, world):
    plan = world.plan
    plan.person_name = "<script>alert(1)</script>"
    plan.save_revision(user=world.coordinator).publish(user=world.coordinator, skip_permission_checks=True)
    client.force_login(world.member)
    html = client.get(plan.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "\\\\evil.example", "javascript:alert(1)"],
)
def test_sign_in_refuses_to_redirect_off_the_site(client, world, target):
    response = client.post("/logg-inn/", {"username": world.member.username, "password": PASSWORD, "next": target})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_sign_in_follows_a_local_next(client, world):
    response = client.post(
        "/logg-inn/", {"username": world.member.username, "password": PASSWORD, "next": world.plan.url}
    )
    assert response["Location"] == world.plan.url


@pytest.mark.parametrize("case", FORMS, ids=lambda case: case.name)
def test_state_change_without_csrf_token_is_refused(case, world):
    client = Client(enforce_csrf_checks=True)
    user = case.user(world)
    if user is not None:
        client.force_login(user)
    before = case.state(world)
    response = client.post(case.url(world), case.data(world, "verdi"))
    assert response.status_code == 403
    assert case.state(world) == before


def all_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from all_blocks(child)
    if hasattr(block, "child_block"):
        yield from all_blocks(block.child_block)


def test_plans_and_templates_hold_no_rich_text():
    """Plain text is escaped by the templates; rich text would need sanitising on the way in and out."""
    from wagtail.blocks import StreamBlock

    stream = StreamBlock(all_plan_blocks())
    assert not any(isinstance(block, RichTextBlock) for block in all_blocks(stream))
    for model in (PlanPage, PlanTemplate):
        assert not any(isinstance(field, RichTextField) for field in model._meta.get_fields())


def test_over_long_username_is_refused_before_sign_in_is_tried(client, world):
    response = client.post("/logg-inn/", {"username": "x" * 5_000, "password": "noe"})
    assert response.status_code == 200
    assert "Brukernavnet kan ha høyst 150 tegn." in response.content.decode()
    assert not AccessAttempt.objects.exists()
