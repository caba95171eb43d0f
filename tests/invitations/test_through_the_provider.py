"""The whole way in, where the ID-porten sign-in (accounts/oidc) and its test provider are
present: a coordinator invites, the person signs in through the real OpenID provider with the
invited identity number, and lands signed in to a new account that sees the plan."""

import pytest

from invitations.forms import InvitationForm
from invitations.services import invite_to_plan
from planpages.models import Invitation
from planpages.plan_types import Access, ParticipantRole

flow = pytest.importorskip("tests.accounts.oidc.flow", reason="needs the ID-porten sign-in (accounts/oidc)")
provider = pytest.importorskip("tests.oidc_provider")
_sign_in_fixtures = pytest.importorskip("tests.accounts.oidc.conftest")
# The sign-in tests' own fixtures: the test provider, Samplan pointed at it, a browser.
test_provider = _sign_in_fixtures.test_provider
idporten = _sign_in_fixtures.idporten
site = _sign_in_fixtures.site
browser = _sign_in_fixtures.browser

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def invited(plan, pid):
    form = InvitationForm({"name": "Uten Konto", "pid": pid, "email": "uten@example.no"})
    assert form.is_valid(), form.errors
    invite_to_plan(plan, plan.coordinator, **form.invitation(), role=ParticipantRole.PARTICIPANT, access=Access.READ)


def test_an_invited_person_signs_in_through_the_provider_and_sees_the_plan(site, browser, plan_factory):
    plan = plan_factory()
    invited(plan, provider.PERSON_WITHOUT_ACCOUNT)
    response = flow.sign_in(browser, site, provider.PERSON_WITHOUT_ACCOUNT)
    assert response.status_code == 200
    participant = plan.participants.get(name="Uten Konto")
    assert flow.signed_in_user_id(browser) == str(participant.user_id)
    assert Invitation.objects.get().status == "accepted"
    assert browser.get(f"{site}{plan.url}").status_code == 200


def test_another_person_signing_in_takes_no_invitation(site, browser, plan_factory):
    plan = plan_factory()
    invited(plan, provider.PERSON_WITHOUT_ACCOUNT)
    response = flow.sign_in(browser, site, provider.PERSON)
    assert response.status_code == 403
    assert plan.participants.get(name="Uten Konto").user is None
    assert flow.signed_in_user_id(browser) is None
