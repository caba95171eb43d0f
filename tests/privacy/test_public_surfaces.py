"""Nothing public lists plans: no site search, sitemap, feed or public page API is mounted, and
no image is served; every answer carries Cache-Control: no-store."""

import pytest
from django.urls import NoReverseMatch, reverse

from tests.factories import make_user, participant

PUBLIC_LISTINGS = ["/search/?q=Hemmelig", "/sitemap.xml", "/api/v2/pages/", "/api/v2/pages/?search=Hemmelig", "/feed/"]


@pytest.mark.parametrize("url", PUBLIC_LISTINGS)
@pytest.mark.parametrize("signed_in", [False, True])
def test_no_public_listing_of_plans_is_mounted(url, signed_in, plan_factory, client):
    reader = make_user()
    plan_factory(person_name="Hemmelig Person", participants=[participant(reader)])
    if signed_in:
        client.force_login(reader)
    response = client.get(url)
    assert response.status_code == 404
    assert "Hemmelig Person" not in response.content.decode()


@pytest.mark.parametrize("name", ["wagtailimages_serve", "wagtailsitemaps_sitemap", "wagtailapi_v2:pages:listing"])
def test_image_sitemap_and_page_api_views_are_not_routed(name):
    with pytest.raises(NoReverseMatch):
        reverse(name, args=["x", 1, "y"] if name == "wagtailimages_serve" else [])


def is_no_store(response):
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    return {"no-store", "private"} <= directives


@pytest.mark.parametrize("url", ["/", "/logg-inn/", "/admin/", "/finnes/ikke/"])
def test_every_answer_to_a_signed_in_user_is_no_store(url, plan_factory, client):
    plan = plan_factory()
    client.force_login(plan.coordinator)
    assert is_no_store(client.get(url))


@pytest.mark.parametrize("signed_in", [False, True])
def test_plan_answers_are_no_store_granted_or_denied(signed_in, plan_factory, client):
    reader = make_user()
    plan = plan_factory(participants=[participant(reader)])
    if signed_in:
        client.force_login(reader)
    response = client.get(plan.url)
    assert response.status_code == (200 if signed_in else 404)
    assert is_no_store(response)
