"""In the demo world each local administrator runs their own municipality and sees nothing of
the other's, and neither sees a plan's content or the name of a person a plan is about."""

import pytest
from django.contrib.auth import get_user_model

from planpages.models import MunicipalityPage, PlanPage
from plantemplates.models import PlanTemplate

PERSON_NAMES = ("Kari Nordmann", "Emil Hansen", "Nora Berg")
OWN = {"nordby-admin": "nordby", "sorvik-admin": "sorvik"}
OTHER = {"nordby-admin": "sorvik", "sorvik-admin": "nordby"}


def plans_of(slug):
    return PlanPage.objects.descendant_of(MunicipalityPage.objects.get(slug=slug))


def own_urls(municipality_slug):
    municipality = MunicipalityPage.objects.get(slug=municipality_slug)
    national = PlanTemplate.objects.filter(municipality=None).first()
    urls = [
        "/admin/",
        "/admin/kommune/koordinatorer/",
        "/admin/kommune/koordinatorer/ny/",
        "/admin/kommune/planregister/",
        "/admin/kommune/statistikk/",
        "/admin/snippets/snippets/plantemplate/",
        f"/admin/snippets/snippets/plantemplate/inspect/{national.pk}/",
        f"/admin/snippets/snippets/plantemplate/history/{national.pk}/",
    ]
    urls += [f"/admin/kommune/planer/{plan.pk}/overfor/" for plan in plans_of(municipality_slug)]
    urls += [f"/admin/snippets/snippets/plantemplate/edit/{t.pk}/" for t in municipality.plan_templates.all()]
    return urls


def other_urls(municipality_slug):
    municipality = MunicipalityPage.objects.get(slug=municipality_slug)
    coordinators = get_user_model().objects.filter(groups=municipality.coordinators_group)
    urls = [f"/admin/kommune/planer/{plan.pk}/overfor/" for plan in plans_of(municipality_slug)]
    urls += [f"/admin/kommune/koordinatorer/{user.pk}/deaktiver/" for user in coordinators]
    urls += [f"/admin/kommune/statistikk/?kommune={municipality.pk}"]
    urls += [f"/admin/kommune/koordinatorer/?kommune={municipality.pk}"]
    for template in municipality.plan_templates.all():
        urls += [
            f"/admin/snippets/snippets/plantemplate/{view}/{template.pk}/" for view in ("edit", "inspect", "history")
        ]
    return urls


@pytest.mark.parametrize("username", ["nordby-admin", "sorvik-admin"])
def test_local_administrator_runs_own_municipality_without_seeing_plan_content(demo_world, client, username):
    client.force_login(get_user_model().objects.get(username=username))
    for url in own_urls(OWN[username]):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for name in PERSON_NAMES:
            assert name not in html, (url, name)


@pytest.mark.parametrize("username", ["nordby-admin", "sorvik-admin"])
def test_local_administrator_sees_nothing_of_the_other_municipality(demo_world, client, username):
    client.force_login(get_user_model().objects.get(username=username))
    other = OTHER[username]
    for url in other_urls(other):
        assert client.get(url).status_code == 404, url

    listings = "".join(
        client.get(url).content.decode()
        for url in (
            "/admin/kommune/planregister/",
            "/admin/kommune/koordinatorer/",
            "/admin/snippets/snippets/plantemplate/",
        )
    )
    for plan in plans_of(other):
        assert plan.title not in listings
    for user in get_user_model().objects.filter(groups__name__startswith=f"{other}-"):
        assert user.get_full_name() not in listings
    for template in PlanTemplate.objects.filter(municipality__slug=other):
        assert template.name not in listings


def test_nordby_admin_manages_nordbys_templates_coordinators_and_statistics(demo_world, client):
    client.force_login(get_user_model().objects.get(username="nordby-admin"))
    templates = client.get("/admin/snippets/snippets/plantemplate/").context["object_list"]
    assert {t.name for t in templates} >= {"Nordby: IOP for barneskolen", "Nasjonal mal for IOP"}
    coordinators = client.get("/admin/kommune/koordinatorer/").context["coordinators"]
    assert {user.username for user in coordinators} == {"nordby-koord", "nordby-koord2"}
    statistics = client.get("/admin/kommune/statistikk/").context
    assert sum(row["total"] for row in statistics["by_type"]) == 3
