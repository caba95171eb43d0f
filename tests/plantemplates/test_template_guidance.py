"""A template's instructions guide the coordinator: they reach the editor, never the plan, and
a plan is not published while a field still holds one."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

from planpages.models import PlanPage
from planpages.plan_types import PlanType
from plantemplates.models import PlanTemplate
from tests.factories import goal_block, make_municipality
from tests.plantemplates.test_create_from_template import coordinator_of, create_plan_through_admin

INSTRUCTION = "Skriv med personens egne ord."


def about_me(who):
    return {"type": "about_me", "value": {"who_i_am": who, "what_matters": "", "strengths": "", "wishes": ""}}


def measure_for(goal_id):
    return {
        "type": "measure",
        "value": {
            "what": "Lesekurs",
            "description": "",
            "goals": [goal_id],
            "linked_goals": [],
            "responsible_participant": "",
            "responsible": "",
            "from_date": None,
            "to_date": None,
            "frequency": "",
        },
    }


def plan_from_template(client, body, guidance=()):
    municipality = make_municipality()
    template = PlanTemplate.objects.create(name="Mal", plan_type=PlanType.IP, body=body, guidance=list(guidance))
    client.force_login(coordinator_of(municipality))
    create_plan_through_admin(client, municipality.plan_index, PlanType.IP, template, person_name="Kari Nordmann")
    return PlanPage.objects.get(), template


def publish_about_me(client, plan, who):
    data = nested_form_data(
        {
            "person_name": plan.person_name,
            "person_birth_date": "",
            "body": streamfield([("about_me", about_me(who)["value"])]),
            "status": plan.status,
            "start_date": "",
            "period_end": "",
            "next_evaluation_date": "",
        }
    )
    return client.post(f"/admin/pages/{plan.pk}/edit/", {**data, "action-publish": "1"})


def test_instructions_are_not_copied_into_the_persons_own_words(db, client):
    plan, _template = plan_from_template(client, [about_me(INSTRUCTION)])
    assert plan.body[0].value["who_i_am"] == ""
    assert INSTRUCTION not in str(plan.body.raw_data)


def test_publishing_is_refused_while_a_field_holds_the_templates_instruction(db, client):
    plan, _template = plan_from_template(client, [about_me(INSTRUCTION)])
    response = publish_about_me(client, plan, INSTRUCTION)
    assert response.status_code == 200
    errors = response.context["form"].errors["body"]
    assert "den inneholder fortsatt malens veiledning («Skriv med personens egne ord.»)" in str(errors)
    stored = PlanPage.objects.get(pk=plan.pk)
    assert not stored.live and stored.revisions.count() == 1


def test_the_persons_own_words_are_published(db, client):
    plan, _template = plan_from_template(client, [about_me(INSTRUCTION)])
    response = publish_about_me(client, plan, "Jeg heter Kari og liker turer.")
    assert response.status_code == 302
    stored = PlanPage.objects.get(pk=plan.pk)
    assert stored.live and stored.body[0].value["who_i_am"] == "Jeg heter Kari og liker turer."


def test_the_templates_guidance_appears_in_the_editor_and_not_on_the_plan(db, client):
    guidance = [{"type": "section_guidance", "value": {"section": "goal", "guidance": "Skriv mål som kan evalueres."}}]
    plan, _template = plan_from_template(client, [about_me(INSTRUCTION)], guidance)
    editor = client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()
    assert "Skriv mål som kan evalueres." in editor and "Veiledning: Hovedmål" in editor
    assert INSTRUCTION in editor
    publish_about_me(client, plan, "Jeg heter Kari.")
    page = client.get(PlanPage.objects.get(pk=plan.pk).url).content.decode()
    assert "Skriv mål som kan evalueres." not in page


def test_a_plan_without_template_shows_no_guidance_panel(plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert "Veiledning fra malen" not in client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()


def test_a_templates_measure_stays_linked_to_the_plans_copy_of_its_goal(db, client):
    goal = {**goal_block("Lese med flyt", sub_goals=0), "id": "malens-mal"}
    plan, _template = plan_from_template(client, [goal, measure_for("malens-mal")])
    plan_goal, plan_measure = plan.body
    assert plan_goal.id != "malens-mal"
    assert list(plan_measure.value["goals"]) == [plan_goal.id]
