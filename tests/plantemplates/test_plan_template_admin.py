"""Plan templates in the admin: who lists, reads, creates, edits and deletes which templates."""

import pytest
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from planpages.blocks import RETIRED_BLOCKS, block_names_for
from planpages.models import PlanPage
from planpages.plan_types import PlanType
from plantemplates.models import PlanTemplate
from tests.factories import goal_block, make_local_admin, make_municipality, make_user

ADMIN_URL = "/admin/snippets/snippets/plantemplate/"


@pytest.fixture
def world(db):
    nordby = make_municipality("nordby", "Nordby kommune")
    sorvik = make_municipality("sorvik", "Sørvik kommune")
    return {
        "nordby": nordby,
        "sorvik": sorvik,
        "nordby_admin": make_local_admin(nordby),
        "national": PlanTemplate.objects.create(name="Nasjonal IP", plan_type=PlanType.IP),
        "own": PlanTemplate.objects.create(name="Nordbys IP", plan_type=PlanType.IP, municipality=nordby),
        "foreign": PlanTemplate.objects.create(name="Sørviks IP", plan_type=PlanType.IP, municipality=sorvik),
    }


def template_form(name="Mal", municipality=None, body=(), active=True, **overrides):
    data = {
        "name": name,
        "municipality": municipality.pk if municipality else "",
        "description": "",
        "body": streamfield(list(body)),
        "guidance": streamfield([]),
        **overrides,
    }
    if active:
        data["active"] = "on"
    return nested_form_data(data)


def about_me(text="Hvem jeg er"):
    return ("about_me", {"who_i_am": text, "what_matters": "", "strengths": "", "wishes": ""})


def test_local_administrator_creates_a_template_for_their_municipality(world, client):
    client.force_login(world["nordby_admin"])
    response = client.post(
        f"{ADMIN_URL}add/?plan_type=IOP", template_form("Ny IOP", world["nordby"], body=[about_me()])
    )
    assert response.status_code == 302
    template = PlanTemplate.objects.get(name="Ny IOP")
    assert template.plan_type == PlanType.IOP and template.municipality == world["nordby"]
    assert template.latest_revision is not None
    assert ModelLogEntry.objects.for_instance(template).filter(action="wagtail.create").exists()


def test_creating_a_template_asks_for_the_plan_type_first(world, client):
    client.force_login(world["nordby_admin"])
    response = client.get(f"{ADMIN_URL}add/")
    assert response.status_code == 200
    assert "plan_type" in response.context["form"].fields
    assert "name" not in response.context["form"].fields


@pytest.mark.parametrize("plan_type", PlanType.values)
def test_template_editor_offers_exactly_the_blocks_of_its_plan_type(world, client, plan_type):
    client.force_login(world["nordby_admin"])
    response = client.get(f"{ADMIN_URL}add/?plan_type={plan_type}")
    form = response.context["form"]
    assert set(form.fields["body"].block.child_blocks) == block_names_for(plan_type) - RETIRED_BLOCKS
    sections = dict(
        form.fields["guidance"].block.child_blocks["section_guidance"].child_blocks["section"].field.choices
    )
    assert set(sections) - {""} == block_names_for(plan_type)


def test_template_keeps_no_block_of_another_plan_type(world, client):
    client.force_login(world["nordby_admin"])
    subject = ("subject", {"subject": "Norsk", "competence_aims": streamfield([]), "deviations": ""})
    client.post(f"{ADMIN_URL}add/?plan_type=IP", template_form("Feil", world["nordby"], body=[about_me(), subject]))
    template = PlanTemplate.objects.get(name="Feil")
    assert [child.block_type for child in template.body] == ["about_me"]


def test_local_administrator_cannot_create_a_template_for_another_municipality(world, client):
    client.force_login(world["nordby_admin"])
    response = client.post(f"{ADMIN_URL}add/?plan_type=IP", template_form("Kapret", world["sorvik"]))
    assert response.status_code == 200 and "municipality" in response.context["form"].errors
    assert not PlanTemplate.objects.filter(name="Kapret").exists()


def test_local_administrator_cannot_create_a_national_template(world, client):
    client.force_login(world["nordby_admin"])
    response = client.post(f"{ADMIN_URL}add/?plan_type=IP", template_form("Nasjonal?", None))
    assert response.status_code == 200 and "municipality" in response.context["form"].errors
    assert not PlanTemplate.objects.filter(name="Nasjonal?").exists()


def test_local_administrator_lists_own_and_national_templates_only(world, client):
    client.force_login(world["nordby_admin"])
    response = client.get(ADMIN_URL)
    assert set(response.context["object_list"]) == {world["national"], world["own"]}
    assert "Sørviks IP" not in response.content.decode()


def test_search_finds_no_template_of_another_municipality(world, client):
    client.force_login(world["nordby_admin"])
    response = client.get(ADMIN_URL, {"q": "IP"})
    assert set(response.context["object_list"]) == {world["national"], world["own"]}


def test_chooser_offers_no_template_of_another_municipality(world, client):
    client.force_login(world["nordby_admin"])
    response = client.get("/admin/snippets/choose/snippets/plantemplate/")
    assert "Sørviks IP" not in response.json()["html"]
    assert "Nordbys IP" in response.json()["html"]


def test_local_administrator_edits_own_template_with_revision_and_audit_trail(world, client):
    client.force_login(world["nordby_admin"])
    own = world["own"]
    response = client.post(f"{ADMIN_URL}edit/{own.pk}/", template_form("Nordbys nye IP", world["nordby"]))
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.name == "Nordbys nye IP" and own.revisions.count() == 1
    entry = ModelLogEntry.objects.for_instance(own).get(action="wagtail.edit")
    assert entry.user == world["nordby_admin"]
    history = client.get(f"{ADMIN_URL}history/{own.pk}/")
    assert history.status_code == 200 and world["nordby_admin"].get_full_name() in history.content.decode()


@pytest.mark.parametrize("view", ["edit", "history", "inspect", "usage", "copy", "delete"])
def test_template_of_another_municipality_is_not_found(world, client, view):
    client.force_login(world["nordby_admin"])
    response = client.get(f"{ADMIN_URL}{view}/{world['foreign'].pk}/")
    assert response.status_code == 404


def test_edit_of_another_municipalitys_template_is_refused(world, client):
    client.force_login(world["nordby_admin"])
    foreign = world["foreign"]
    response = client.post(f"{ADMIN_URL}edit/{foreign.pk}/", template_form("Kapret", world["nordby"]))
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.name == "Sørviks IP" and foreign.municipality == world["sorvik"]


def test_national_template_is_read_only_for_a_local_administrator(world, client):
    client.force_login(world["nordby_admin"])
    national = world["national"]
    assert client.get(f"{ADMIN_URL}inspect/{national.pk}/").status_code == 200
    assert client.get(f"{ADMIN_URL}history/{national.pk}/").status_code == 200
    assert client.get(f"{ADMIN_URL}edit/{national.pk}/").status_code in (302, 403)
    assert client.get(f"{ADMIN_URL}usage/{national.pk}/").status_code in (302, 403)
    response = client.post(f"{ADMIN_URL}edit/{national.pk}/", template_form("Endret", world["nordby"]))
    assert response.status_code in (302, 403)
    national.refresh_from_db()
    assert national.name == "Nasjonal IP" and national.municipality is None


def test_listing_links_national_templates_to_the_read_only_view(world, client):
    client.force_login(world["nordby_admin"])
    html = client.get(ADMIN_URL).content.decode()
    assert f"{ADMIN_URL}inspect/{world['national'].pk}/" in html
    assert f"{ADMIN_URL}edit/{world['national'].pk}/" not in html
    assert f"{ADMIN_URL}edit/{world['own'].pk}/" in html


def test_local_administrator_copies_a_national_template_into_their_municipality(world, client):
    client.force_login(world["nordby_admin"])
    national = world["national"]
    response = client.post(f"{ADMIN_URL}copy/{national.pk}/", template_form("Nordbys kopi", world["nordby"]))
    assert response.status_code == 302
    copy = PlanTemplate.objects.get(name="Nordbys kopi")
    assert copy.plan_type == national.plan_type and copy.municipality == world["nordby"]


def test_local_administrator_retires_rather_than_deletes(world, client):
    client.force_login(world["nordby_admin"])
    own = world["own"]
    response = client.post(f"{ADMIN_URL}delete/{own.pk}/")
    assert response.status_code in (302, 403)
    assert PlanTemplate.objects.filter(pk=own.pk).exists()


def test_coordinator_has_no_template_admin(world, client):
    coordinator = make_user()
    coordinator.groups.add(world["nordby"].coordinators_group)
    client.force_login(coordinator)
    assert client.get(ADMIN_URL).status_code in (302, 403)
    assert client.get(f"{ADMIN_URL}edit/{world['own'].pk}/").status_code in (302, 403, 404)


def test_operator_sees_and_edits_every_template_and_creates_national_ones(world, client):
    operator = make_user(is_superuser=True, is_staff=True)
    client.force_login(operator)
    assert set(client.get(ADMIN_URL).context["object_list"]) == set(PlanTemplate.objects.all())
    foreign = world["foreign"]
    response = client.post(f"{ADMIN_URL}edit/{foreign.pk}/", template_form("Sørviks IP v2", world["sorvik"]))
    assert response.status_code == 302
    response = client.post(f"{ADMIN_URL}add/?plan_type=IUP", template_form("Ny nasjonal IUP", None))
    assert response.status_code == 302
    assert PlanTemplate.objects.get(name="Ny nasjonal IUP").municipality is None


def test_retired_template_is_no_longer_offered_but_plans_keep_its_content(world, client):
    nordby, own = world["nordby"], world["own"]
    # A goal, not "Om meg": a template's text in the person's own words is never copied.
    own.body = [goal_block("Fra malen")]
    own.save()
    coordinator = make_user()
    coordinator.groups.add(nordby.coordinators_group)
    new_plan_url = f"/admin/plans/new/{nordby.plan_index.pk}/?plan_type=IP"
    client.force_login(coordinator)
    client.post(new_plan_url, {"plan_type": "IP", "template": own.pk, "person_name": "Test Person"})
    plan = PlanPage.objects.get(template=own)

    client.force_login(world["nordby_admin"])
    response = client.post(f"{ADMIN_URL}edit/{own.pk}/", template_form(own.name, nordby, body=[], active=False))
    assert response.status_code == 302
    own.refresh_from_db()
    assert not own.active

    client.force_login(coordinator)
    offered = client.get(new_plan_url).context["form"].fields["template"].queryset
    assert own not in offered and world["national"] in offered
    plan.refresh_from_db()
    assert [child.value["title"] for child in plan.body] == ["Fra malen"]
    assert plan.template == own


def test_template_keeps_guidance_for_sections_of_its_plan_type(world, client):
    client.force_login(world["nordby_admin"])
    guidance = streamfield([("section_guidance", {"section": "goal", "guidance": "Skriv mål som kan evalueres."})])
    response = client.post(
        f"{ADMIN_URL}add/?plan_type=IP", template_form("Med veiledning", world["nordby"], guidance=guidance)
    )
    assert response.status_code == 302
    template = PlanTemplate.objects.get(name="Med veiledning")
    assert [(g.value["section"], g.value["guidance"]) for g in template.guidance] == [
        ("goal", "Skriv mål som kan evalueres.")
    ]


def test_template_refuses_guidance_for_a_section_of_another_plan_type(world, client):
    client.force_login(world["nordby_admin"])
    guidance = streamfield([("section_guidance", {"section": "subject", "guidance": "Fag"})])
    client.post(f"{ADMIN_URL}add/?plan_type=IP", template_form("Feil veiledning", world["nordby"], guidance=guidance))
    assert not PlanTemplate.objects.filter(name="Feil veiledning").exists()


def test_usage_of_a_national_template_reveals_no_plan_of_another_municipality(world, client, plan_factory):
    foreign_plan = plan_factory(municipality=world["sorvik"])
    PlanPage.objects.filter(pk=foreign_plan.pk).update(template=world["national"])
    foreign_plan.refresh_from_db()
    foreign_plan.save_revision()
    client.force_login(world["nordby_admin"])
    response = client.get(f"{ADMIN_URL}usage/{world['national'].pk}/", follow=True)
    assert foreign_plan.title not in response.content.decode()


def test_template_form_posts_back_with_its_plan_type(world, client):
    client.force_login(world["nordby_admin"])
    html = client.get(f"{ADMIN_URL}add/?plan_type=STAFETTLOGG").content.decode()
    assert f'action="{ADMIN_URL}add/?plan_type=STAFETTLOGG"' in html
