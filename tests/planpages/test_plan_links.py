"""Measures and meetings name the plan's own goals and people by id; names are looked up when
the plan is shown (page, API, PDF); a link to something gone reads "(fjernet)"; text typed
before the links existed stays readable."""

import io

from pypdf import PdfReader
from wagtail.test.utils.form_data import nested_form_data, streamfield

from planpages.models import PlanPage
from planpages.plan_types import Access
from tests.api.conftest import session_client
from tests.factories import goal_block, make_user, participant


def measure(goals=(), responsible="", typed_goals=(), typed_responsible=""):
    return {
        "type": "measure",
        "value": {
            "what": "Opptrening",
            "description": "",
            "goals": list(goals),
            "linked_goals": list(typed_goals),
            "responsible_participant": responsible,
            "responsible": typed_responsible,
            "from_date": None,
            "to_date": None,
            "frequency": "",
        },
    }


def meeting(invitees=(), typed=()):
    return {
        "type": "meeting",
        "value": {
            "starts_at": "2030-01-10T13:00:00+01:00",
            "place": "Rådhuset",
            "video_link": "",
            "invitees": list(invitees),
            "invited": list(typed),
            "agenda": "",
        },
    }


def linked_plan(plan_factory, **measure_fields):
    """A plan with a goal, a participant and a measure and meeting linked to both."""
    nurse = make_user(first_name="Sara", last_name="Helsesykepleier")
    plan = plan_factory(participants=[participant(nurse, Access.WRITE)], body=[goal_block("Gå til butikken")])
    goal_id = plan.body[0].id
    nurse_id = str(plan.participants.get().pk)
    body = plan.body.raw_data[:] + [measure([goal_id], nurse_id, **measure_fields), meeting([nurse_id, "coordinator"])]
    republish(plan, body)
    return PlanPage.objects.get(pk=plan.pk), goal_id, nurse_id, nurse


def republish(plan, body):
    plan.body = body
    plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator, skip_permission_checks=True)


def page_text(plan, user):
    client = session_client(user)
    return client.get(plan.url).content.decode()


def test_plan_page_shows_the_linked_goal_and_people_by_name(plan_factory):
    plan, _goal, _nurse_id, nurse = linked_plan(plan_factory)
    content = page_text(plan, nurse)
    assert "Knyttet til mål</dt><dd>Gå til butikken</dd>" in content
    assert "Ansvarlig</dt><dd>Sara Helsesykepleier</dd>" in content
    assert f"Inviterte: Sara Helsesykepleier, {plan.coordinator.get_full_name()}" in content


def test_a_renamed_goal_shows_its_new_name_in_the_measure(plan_factory):
    plan, _goal, _nurse_id, nurse = linked_plan(plan_factory)
    body = plan.body.raw_data[:]
    body[0] = {**body[0], "value": {**body[0]["value"], "title": "Handle selv"}}
    republish(plan, body)
    assert "Knyttet til mål</dt><dd>Handle selv</dd>" in page_text(PlanPage.objects.get(pk=plan.pk), nurse)


def test_a_removed_goal_reads_as_removed_without_error(plan_factory):
    plan, _goal, _nurse_id, nurse = linked_plan(plan_factory)
    republish(plan, plan.body.raw_data[1:])
    assert "Knyttet til mål</dt><dd>(fjernet)</dd>" in page_text(PlanPage.objects.get(pk=plan.pk), nurse)


def test_text_typed_before_links_existed_stays_readable(plan_factory):
    reader = make_user()
    plan = plan_factory(
        participants=[participant(reader)],
        body=[measure(typed_goals=["Bedre søvn"], typed_responsible="Nordby skole"), meeting(typed=["Ola Hansen"])],
    )
    content = page_text(plan, reader)
    assert "Knyttet til mål</dt><dd>Bedre søvn</dd>" in content
    assert "Ansvarlig</dt><dd>Nordby skole</dd>" in content
    assert "Inviterte: Ola Hansen" in content


def test_a_chosen_participant_takes_the_place_of_typed_text(plan_factory):
    plan, _goal, _nurse_id, nurse = linked_plan(plan_factory, typed_responsible="Sara H.")
    content = page_text(plan, nurse)
    assert "Ansvarlig</dt><dd>Sara Helsesykepleier</dd>" in content and "Sara H." not in content


def test_api_sends_links_with_ids_and_current_names(plan_factory):
    plan, goal_id, nurse_id, nurse = linked_plan(plan_factory)
    blocks = session_client(nurse).get(f"/api/v3/plans/{plan.pk}/").json()["blocks"]
    measure_value = next(block["value"] for block in blocks if block["type"] == "measure")
    assert measure_value["goals"] == [{"id": goal_id, "name": "Gå til butikken"}]
    assert measure_value["responsible_participant"] == {"id": nurse_id, "name": "Sara Helsesykepleier"}


def test_pdf_names_the_linked_goal_and_people(plan_factory):
    plan, _goal, _nurse_id, nurse = linked_plan(plan_factory)
    response = session_client(nurse).get(f"{plan.url}pdf/")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Sara Helsesykepleier" in text and text.count("Gå til butikken") >= 2


def editor_choices(plan):
    client = session_client(plan.coordinator)
    form = client.get(f"/admin/pages/{plan.pk}/edit/").context["form"]
    measure_block = form.fields["body"].block.child_blocks["measure"]
    goals = measure_block.child_blocks["goals"].child_block.field.choices
    people = measure_block.child_blocks["responsible_participant"].field.choices
    return dict(goals), dict(people)


def test_editor_offers_the_plans_own_goals_and_people(plan_factory):
    plan, goal_id, nurse_id, _nurse = linked_plan(plan_factory)
    goals, people = editor_choices(plan)
    assert goals[goal_id] == "Gå til butikken"
    assert sorted(label for key, label in goals.items() if key not in ("", goal_id)) == [
        "– Gå til butikken – delmål 0",
        "– Gå til butikken – delmål 1",
    ]
    assert people[nurse_id].startswith("Sara Helsesykepleier") and "coordinator" in people
    assert "person" in people  # nobody is on the plan as its owner, so the person is offered


def test_editor_keeps_a_link_to_a_removed_goal_as_removed(plan_factory):
    plan, goal_id, _nurse_id, _nurse = linked_plan(plan_factory)
    republish(plan, plan.body.raw_data[1:])
    goals, _people = editor_choices(PlanPage.objects.get(pk=plan.pk))
    assert goals[goal_id] == "(fjernet)"


def editor_post(plan, measure_value):
    data = nested_form_data(
        {
            "person_name": plan.person_name,
            "person_birth_date": "",
            "body": streamfield([("measure", measure_value)]),
            "status": plan.status,
            "start_date": "",
            "period_end": "",
            "next_evaluation_date": "",
        }
    )
    return session_client(plan.coordinator).post(f"/admin/pages/{plan.pk}/edit/", {**data, "action-publish": "1"})


def measure_form_value(responsible):
    return {
        "what": "Nytt tiltak",
        "description": "",
        "goals": streamfield([]),
        "linked_goals": streamfield([]),
        "responsible_participant": responsible,
        "responsible": "",
        "from_date": "",
        "to_date": "",
        "frequency": "",
    }


def test_coordinator_chooses_a_participant_in_the_editor(plan_factory):
    plan, _goal, nurse_id, _nurse = linked_plan(plan_factory)
    response = editor_post(plan, measure_form_value(nurse_id))
    assert response.status_code == 302
    stored = PlanPage.objects.get(pk=plan.pk).body[0].value
    assert stored["what"] == "Nytt tiltak" and stored["responsible_participant"] == nurse_id


def test_someone_not_on_the_plan_cannot_be_chosen(plan_factory):
    plan, _goal, _nurse_id, _nurse = linked_plan(plan_factory)
    other_plan_participant = plan_factory(participants=[participant(make_user())]).participants.get()
    revisions = plan.revisions.count()
    response = editor_post(plan, measure_form_value(str(other_plan_participant.pk)))
    assert response.status_code == 200
    stored = PlanPage.objects.get(pk=plan.pk)
    assert stored.revisions.count() == revisions
    assert [child.block_type for child in stored.body] == ["goal", "measure", "meeting"]
