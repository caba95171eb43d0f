"""Every form and state-changing endpoint, listed once. The hostile-input property test and the
CSRF test run over this list, so a new form joins both by adding one `FormCase` here.

A case says where to post, as whom, what to post (the hostile value goes into every free-text
field), what state a refusal must leave untouched, and which pages show what was accepted."""

from collections.abc import Callable
from dataclasses import dataclass, field

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from planpages.models import PlanPage
from planpages.plan_types import Access
from tests.factories import make_municipality, make_user, participant

PASSWORD = "riktig-passord-123"


@dataclass
class World:
    """The people and plan every case needs."""

    plan: PlanPage
    coordinator: object
    member: object
    local_admin: object

    @classmethod
    def build(cls, plan_factory):
        municipality = make_municipality()
        member = make_user()
        plan = plan_factory(municipality=municipality, participants=[participant(member, Access.WRITE)])
        local_admin = make_user()
        local_admin.groups.add(municipality.admins_group)
        TOTPDevice.objects.create(user=member, name="Samplan", confirmed=True)
        return cls(plan=plan, coordinator=plan.coordinator, member=member, local_admin=local_admin)


@dataclass
class FormCase:
    name: str
    url: Callable[[World], str]
    data: Callable[[World, str], dict]
    state: Callable[[World], object]
    user: Callable[[World], object] = lambda world: None
    shows: Callable[[World], list] = field(default=lambda world: [])
    # How a 302 is told apart from a refusal that also redirects (the language switch).
    accepted: Callable[[object], bool] = lambda response: response.status_code == 302
    # Examples per run: the whole property suite stays under 30 seconds.
    examples: int = 20


def user_row(user):
    return get_user_model().objects.filter(pk=user.pk).values().get()


def plan_state(world):
    plan = PlanPage.objects.get(pk=world.plan.pk)
    return plan.person_name, list(plan.body.raw_data), plan.latest_revision_id


def plan_edit_data(world, value):
    plan = world.plan
    body = streamfield([("about_me", {"who_i_am": value, "what_matters": value, "strengths": "", "wishes": ""})])
    return {
        **nested_form_data(
            {
                "person_name": value,
                "person_birth_date": "",
                "body": body,
                "participants": inline_formset([]),
                "status": plan.status,
                "start_date": "",
                "period_end": "",
                "next_evaluation_date": "",
            }
        ),
        "action-publish": "1",
    }


FORMS = [
    FormCase(
        name="sign-in",
        url=lambda world: "/logg-inn/",
        data=lambda world, value: {"username": value, "password": value},
        state=lambda world: user_row(world.member),
    ),
    FormCase(
        name="language switch",
        url=lambda world: "/i18n/setlang/",
        data=lambda world, value: {"language": value, "next": value},
        state=lambda world: None,
        accepted=lambda response: False,
    ),
    FormCase(
        name="create plan (admin)",
        url=lambda world: f"/admin/plans/new/{world.plan.get_parent().pk}/?plan_type=IP",
        data=lambda world, value: {"plan_type": "IP", "template": "", "person_name": value},
        state=lambda world: PlanPage.objects.count(),
        user=lambda world: world.coordinator,
        shows=lambda world: [f"/admin/pages/{PlanPage.objects.latest('pk').pk}/edit/"],
        examples=8,
    ),
    FormCase(
        name="plan editor (admin)",
        url=lambda world: f"/admin/pages/{world.plan.pk}/edit/",
        data=plan_edit_data,
        state=plan_state,
        user=lambda world: world.coordinator,
        shows=lambda world: [PlanPage.objects.get(pk=world.plan.pk).url],
        examples=8,
    ),
    FormCase(
        name="change e-mail",
        url=lambda world: "/profil/e-post/",
        data=lambda world, value: {"email": value, "current_password": PASSWORD},
        state=lambda world: user_row(world.member)["email"],
        user=lambda world: world.member,
        shows=lambda world: ["/profil/"],
    ),
    FormCase(
        name="change password",
        url=lambda world: "/profil/passord/",
        data=lambda world, value: {"current_password": value, "new_password1": value, "new_password2": value},
        state=lambda world: user_row(world.member)["password"],
        user=lambda world: world.member,
    ),
    FormCase(
        name="second factor",
        url=lambda world: "/to-faktor/",
        data=lambda world, value: {"token": value, "next": value},
        state=lambda world: TOTPDevice.objects.filter(user=world.member).values_list("last_t", flat=True).get(),
        user=lambda world: world.member,
        accepted=lambda response: False,
    ),
    FormCase(
        name="unlock account (admin)",
        url=lambda world: "/admin/sperrede-kontoer/",
        data=lambda world, value: {"user_id": value},
        state=lambda world: AccessAttempt.objects.count(),
        user=lambda world: world.local_admin,
    ),
    FormCase(
        name="sign-out",
        url=lambda world: "/logg-ut/",
        data=lambda world, value: {"next": value},
        state=lambda world: None,
        user=lambda world: world.member,
    ),
    FormCase(
        name="sign out everywhere",
        url=lambda world: "/profil/logg-ut-overalt/",
        data=lambda world, value: {"next": value},
        state=lambda world: None,
        user=lambda world: world.member,
    ),
]
