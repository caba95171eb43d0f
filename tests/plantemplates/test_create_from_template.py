from planpages.models import PlanPage
from planpages.plan_types import PlanType
from plantemplates.models import PlanTemplate
from tests.factories import goal_block, make_municipality, make_user


def coordinator_of(municipality):
    user = make_user()
    user.groups.add(municipality.coordinators_group)
    return user


def create_plan_through_admin(client, index, plan_type, template, person_name="Ola Testesen"):
    url = f"/admin/plans/new/{index.pk}/?plan_type={plan_type}"
    return client.post(
        url, {"plan_type": plan_type, "template": template.pk if template else "", "person_name": person_name}
    )


def test_plan_created_from_template_copies_its_content(db, client):
    municipality = make_municipality()
    template = PlanTemplate.objects.create(name="Mal", plan_type=PlanType.IOP, body=[goal_block("Lese med flyt")])
    coordinator = coordinator_of(municipality)
    client.force_login(coordinator)

    response = create_plan_through_admin(client, municipality.plan_index, PlanType.IOP, template)

    plan = PlanPage.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{plan.pk}/edit/"
    assert plan.plan_type == PlanType.IOP and plan.coordinator == coordinator and not plan.live
    assert [child.value["title"] for child in plan.body] == ["Lese med flyt"]


def test_later_template_edits_do_not_change_existing_plans(db, client):
    municipality = make_municipality()
    template = PlanTemplate.objects.create(name="Mal", plan_type=PlanType.IP, body=[goal_block("Opprinnelig mål")])
    client.force_login(coordinator_of(municipality))
    create_plan_through_admin(client, municipality.plan_index, PlanType.IP, template)

    template.body = [goal_block("Endret mål")]
    template.save()

    plan = PlanPage.objects.get()
    assert [child.value["title"] for child in plan.body] == ["Opprinnelig mål"]
    assert plan.body.raw_data[0]["id"] != template.body.raw_data[0]["id"]


def test_only_templates_of_the_type_and_municipality_are_offered(db, client):
    municipality, other = make_municipality(), make_municipality("annenby", "Annenby kommune")
    national = PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP)
    own = PlanTemplate.objects.create(name="Egen IP", plan_type=PlanType.IP, municipality=municipality)
    PlanTemplate.objects.create(name="Annenbys IP", plan_type=PlanType.IP, municipality=other)
    PlanTemplate.objects.create(name="Nasjonal IOP", plan_type=PlanType.IOP)
    PlanTemplate.objects.create(name="Utgått IP", plan_type=PlanType.IP, active=False)
    client.force_login(coordinator_of(municipality))

    response = client.get(f"/admin/plans/new/{municipality.plan_index.pk}/?plan_type=IP")

    assert set(response.context["form"].fields["template"].queryset) == {national, own}


def test_user_outside_the_municipality_cannot_create_plans_there(db, client):
    municipality, other = make_municipality(), make_municipality("annenby", "Annenby kommune")
    client.force_login(coordinator_of(other))
    response = create_plan_through_admin(client, municipality.plan_index, PlanType.IP, None)
    assert response.status_code in (302, 403)
    assert not PlanPage.objects.exists()


def test_wagtails_add_page_view_sends_the_coordinator_to_choose_type_first(db, client):
    municipality = make_municipality()
    client.force_login(coordinator_of(municipality))
    index = municipality.plan_index
    response = client.get(f"/admin/pages/add/planpages/planpage/{index.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/plans/new/{index.pk}/"
