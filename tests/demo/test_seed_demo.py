import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision, Site

from planpages.models import HomePage, LogEntry, MunicipalityPage, PlanIndexPage, PlanPage, PlanParticipant
from plantemplates.models import PlanTemplate
from tests.demo_access import ACCOUNT_NAMES

DEMO_USERNAMES = ACCOUNT_NAMES


def counts():
    models = [Page, PlanPage, PlanParticipant, LogEntry, Revision, Group, PlanTemplate, get_user_model()]
    return {model.__name__: model.objects.count() for model in models}


def test_page_tree_exists_after_seeding(demo_world):
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    slugs = set(MunicipalityPage.objects.child_of(home).values_list("slug", flat=True))
    assert slugs == {"nordby", "sorvik"}
    for municipality in MunicipalityPage.objects.all():
        assert PlanIndexPage.objects.child_of(municipality).count() == 1
    assert PlanPage.objects.live().count() == 4


def test_seeding_twice_changes_nothing(demo_world):
    before = counts()
    call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_seed_refuses_to_run_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()


def test_every_demo_account_exists(demo_world):
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert usernames == set(DEMO_USERNAMES)


def test_demo_plans_carry_the_content_demo_md_describes(demo_world):
    for plan in PlanPage.objects.all():
        types = [child.block_type for child in plan.body]
        assert types.count("goal") >= 2
        assert "about_me" in types and "measure" in types and "meeting" in types
        assert LogEntry.objects.filter(plan=plan).count() >= 3
        assert plan.person_name in str(plan.body.raw_data)


def test_each_demo_plan_has_an_evaluation_and_minutes_and_plan_a_an_attachment(demo_world):
    from planpages.models import Attachment, Evaluation, MeetingMinutes

    for plan in PlanPage.objects.all():
        assert Evaluation.objects.filter(plan=plan).count() == 1
        minutes = MeetingMinutes.objects.get(plan=plan)
        assert minutes.meeting_id in {child.id for child in plan.body if child.block_type == "meeting"}
    attachment = Attachment.objects.select_related("document").get()
    assert attachment.plan.person_name == "Kari Nordmann"
    assert attachment.document.collection_id == attachment.plan.collection_id
    with attachment.document.file.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_seeding_twice_adds_no_collaboration_rows(demo_world):
    from planpages.models import Attachment, Baton, BatonEvent, BatonNote, Evaluation, MeetingMinutes

    models = (Attachment, Evaluation, MeetingMinutes, Baton, BatonEvent, BatonNote)
    before = [model.objects.count() for model in models]
    call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [model.objects.count() for model in models] == before


def test_every_demo_person_can_be_matched_by_their_synthetic_identity_number(demo_world):
    from accounts.identity import pid_digest
    from accounts.models import PersonIdentity
    from demo.people import IDENTITY_NUMBERS

    for username, number in IDENTITY_NUMBERS.items():
        identity = PersonIdentity.objects.get(user__username=username)
        assert identity.pid_digest == pid_digest(number) != number


def test_plan_c_baton_is_held_by_its_coordinator_and_offered_to_sara(demo_world):
    from planpages.models import Baton

    baton = Baton.objects.get(plan__slug=PlanPage.objects.get(plan_type="STAFETTLOGG").slug)
    assert baton.holder.username == "nordby-koord2"
    assert baton.pending_offer.recipient.username == "sara"
    assert not baton.pending_offer.answers.exists()


def test_demo_measures_and_meetings_link_the_plans_own_goals_and_people(demo_world):
    from planpages.plan_links import plan_links

    plan = PlanPage.objects.get(slug="a3f9c27e51d04b6a")
    links = plan_links(plan)
    measures = [child.value for child in plan.body if child.block_type == "measure"]
    meeting = next(child.value for child in plan.body if child.block_type == "meeting")
    assert [links.goal_name(goal) for goal in measures[0]["goals"]] == ["Bedre fysisk funksjon"]
    assert links.person_name(measures[0]["responsible_participant"]) == "Per Fysioterapeut"
    assert [links.person_name(person) for person in meeting["invitees"]] == [
        "Kari Nordmann",
        "Per Fysioterapeut",
        "Sara Helsesykepleier",
    ]
    assert not measures[0]["linked_goals"] and not measures[0]["responsible"] and not meeting["invited"]
