import pytest
from django.core.exceptions import ValidationError

from planpages.blocks import TYPE_SPECIFIC_BLOCKS, body_block_for
from planpages.forms import PlanPageForm
from planpages.models import PlanPage
from planpages.plan_types import PlanType

COMMON = {"about_me", "goal", "measure", "meeting", "consent"}
EXPECTED = {
    PlanType.IP: COMMON | {"service", "coordinator_responsibility"},
    PlanType.IOP: COMMON | {"subject", "yearly_report"},
    PlanType.IUP: COMMON | {"development_area"},
    PlanType.STAFETTLOGG: COMMON | {"concern", "bright_spot"},
}
LEGACY_BATON = {"holder": "Lise Lærer", "since": "2026-01-01", "handovers": []}


@pytest.mark.parametrize("plan_type", list(PlanType))
def test_each_plan_type_offers_exactly_its_blocks(plan_type):
    assert set(body_block_for(plan_type).child_blocks) == EXPECTED[plan_type]


@pytest.mark.parametrize("plan_type", list(PlanType))
def test_editor_form_offers_the_plan_types_blocks(plan_type):
    form_class = PlanPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, PlanPageForm)
    form = form_class(instance=PlanPage(plan_type=plan_type), for_user=None)
    assert set(form.fields["body"].block.child_blocks) == EXPECTED[plan_type]


def test_type_specific_blocks_belong_to_one_type_only():
    seen = [name for blocks in TYPE_SPECIFIC_BLOCKS.values() for name, _ in blocks]
    assert len(seen) == len(set(seen))


def test_plan_refuses_a_block_of_another_plan_type(plan_factory):
    plan = plan_factory(plan_type=PlanType.IUP)
    plan.body = [{"type": "concern", "value": {"date": "2026-01-01", "raised_by": "X", "description": "Y"}}]
    with pytest.raises(ValidationError, match="kan ikke ha disse delene"):
        plan.full_clean()


def test_plan_slug_and_title_carry_no_personal_data(plan_factory):
    plan = plan_factory(person_name="Hemmelig Navnesen")
    assert "hemmelig" not in plan.slug.lower() and "Hemmelig" not in plan.title
    assert len(plan.slug) == 16
    assert plan.title.startswith("IP ")


def test_the_free_text_baton_block_is_no_longer_offered_for_new_content():
    assert "baton" not in body_block_for(PlanType.STAFETTLOGG).child_blocks


def test_a_plan_that_already_holds_a_baton_block_keeps_it_readable_and_editable(plan_factory, client):
    plan = plan_factory(plan_type=PlanType.STAFETTLOGG, body=[{"type": "baton", "value": LEGACY_BATON}])
    form_class = PlanPage.get_edit_handler().get_form_class()
    form = form_class(instance=plan, for_user=plan.coordinator)
    assert "baton" in form.fields["body"].block.child_blocks
    client.force_login(plan.coordinator)
    assert "Lise Lærer" in client.get(plan.url).content.decode()
