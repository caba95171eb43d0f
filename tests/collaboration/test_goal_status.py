"""An evaluation may move each goal's status; every change is a row (who, when, from, to),
shown next to the goal."""

from collaboration import services
from planpages.models import Evaluation, GoalStatusChange, PlanPage


def goal_id(plan):
    return next(child.id for child in plan.body if child.block_type == "goal")


def evaluate(team, user=None, **fields):
    data = {"evaluated_on": "2026-03-01", **fields}
    return services.add_evaluation(team.plan, user or team.writer, data)


def test_an_evaluation_moves_a_goals_status_and_keeps_who_when_from_and_to(team):
    evaluation = evaluate(team, **{f"status_{goal_id(team.plan)}": "reached"})
    change = GoalStatusChange.objects.get()
    assert (change.from_status, change.to_status) == ("in_progress", "reached")
    assert change.changed_by == team.writer and change.evaluation == evaluation
    assert change.goal_title == "Gå til butikken"


def test_a_status_left_unchanged_writes_no_row(team):
    evaluate(team, goal_0="Går bra", **{f"status_{goal_id(team.plan)}": ""})
    evaluate(team, goal_0="Fortsatt bra", **{f"status_{goal_id(team.plan)}": "in_progress"})
    assert not GoalStatusChange.objects.exists()


def test_the_next_change_starts_from_the_status_the_last_one_left(team):
    evaluate(team, **{f"status_{goal_id(team.plan)}": "reached"})
    evaluate(team, **{f"status_{goal_id(team.plan)}": "dropped"})
    assert list(GoalStatusChange.objects.values_list("from_status", "to_status")) == [
        ("in_progress", "reached"),
        ("reached", "dropped"),
    ]


def test_an_unknown_status_is_refused_and_nothing_is_stored(team):
    try:
        evaluate(team, goal_0="Vurdering", **{f"status_{goal_id(team.plan)}": "finished"})
    except services.InvalidWrite as invalid:
        assert "Velg en av statusene i listen." in str(invalid.form.errors)
    else:
        raise AssertionError("an unknown status was accepted")
    assert not Evaluation.objects.exists() and not GoalStatusChange.objects.exists()


def test_a_reader_cannot_move_a_status(team):
    try:
        evaluate(team, user=team.reader, **{f"status_{goal_id(team.plan)}": "reached"})
    except services.WriteRefused as refusal:
        assert refusal.status == 403
    else:
        raise AssertionError("a reader moved a status")
    assert not GoalStatusChange.objects.exists()


def test_the_plan_page_shows_the_status_change_next_to_the_goal(team, client):
    client.force_login(team.writer)
    response = client.post(
        team.plan.url + "evalueringer/", {"evaluated_on": "2026-03-01", f"status_{goal_id(team.plan)}": "reached"}
    )
    assert response.status_code == 302
    content = client.get(team.plan.url).content.decode()
    goal_section = content.split('id="section-goal"')[1].split("</section>")[0]
    assert "Status etter evaluering: Nådd" in goal_section
    assert f"{team.writer.get_full_name()}: fra Pågår til Nådd" in goal_section


def test_the_evaluation_form_offers_each_goal_with_its_current_status(team, client):
    evaluate(team, **{f"status_{goal_id(team.plan)}": "reached"})
    client.force_login(team.writer)
    content = client.get(PlanPage.objects.get(pk=team.plan.pk).url).content.decode()
    assert f'name="status_{goal_id(team.plan)}"' in content and "Uendret (Nådd)" in content


def test_status_changes_survive_a_republish_of_the_plan(team):
    evaluate(team, **{f"status_{goal_id(team.plan)}": "reached"})
    plan = PlanPage.objects.get(pk=team.plan.pk)
    plan.save_revision(user=plan.coordinator).publish(user=plan.coordinator, skip_permission_checks=True)
    assert GoalStatusChange.objects.count() == 1
