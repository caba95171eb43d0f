"""The baton's history and the bright spots and concerns in a Stafettlogg plan's PDF."""

import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from collaboration import baton as baton_service
from planpages.plan_types import PlanType
from tests.team import make_team


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def pdf_text(client, plan):
    client.force_login(plan.coordinator)
    response = client.get(f"{plan.url}pdf/")
    assert response.status_code == 200
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)


def test_the_pdf_shows_the_holder_the_history_and_the_notes(plan_factory, client):
    team = make_team(plan_factory, plan_type=PlanType.STAFETTLOGG)
    offer = baton_service.hand_over(team.plan, team.plan.coordinator, {"to": team.reader.pk})
    baton_service.accept(team.plan, team.reader, {"based_on": offer.pk})
    baton_service.add_note(team.plan, team.writer, {"kind": "bright_spot", "text": "Lo hele friminuttet."})
    text = pdf_text(client, team.plan)
    assert f"Stafettholder: {team.reader.get_full_name()}" in text
    reader, coordinator = team.reader.get_full_name(), team.plan.coordinator.get_full_name()
    assert f"{reader} tok over stafettloggen etter {coordinator}." in text
    assert "Lo hele friminuttet." in text


def test_a_handover_makes_a_new_pdf(plan_factory, client):
    team = make_team(plan_factory, plan_type=PlanType.STAFETTLOGG)
    assert "har ikke vært gitt videre ennå" in pdf_text(client, team.plan)
    baton_service.hand_over(team.plan, team.plan.coordinator, {"to": team.reader.pk})
    assert "er spurt om å ta over stafettloggen" in pdf_text(client, team.plan)


def test_other_plan_types_print_no_baton(plan_factory, client):
    team = make_team(plan_factory, plan_type=PlanType.IP)
    assert "Stafettholder" not in pdf_text(client, team.plan)
