"""The "who may do what" table of ../shared/DEMO.md, as data, for every test that needs it."""

from demo.people import ACCOUNTS
from demo.plans import DEMO_PLANS
from planpages.models import PlanPage

ACCOUNT_NAMES = [row[0] for row in ACCOUNTS]

VIEWERS = {
    "A": {"admin", "nordby-koord", "kari", "per", "sara"},
    "B": {"admin", "nordby-koord2", "ola", "lise"},
    "C": {"admin", "nordby-koord2", "ola", "lise", "sara"},
    "D": {"admin", "sorvik-koord", "siri"},
}

WRITERS = {
    "A": VIEWERS["A"] - {"per"},
    "B": VIEWERS["B"],
    "C": VIEWERS["C"] - {"lise"},
    "D": VIEWERS["D"],
}
# Plan owner, guardians, coordinator, and the operator.
ACCESS_LOG_READERS = {
    "A": {"admin", "nordby-koord", "kari"},
    "B": {"admin", "nordby-koord2", "ola"},
    "C": {"admin", "nordby-koord2", "ola"},
    "D": {"admin", "sorvik-koord"},
}

# Who manages each plan in the admin: its coordinator and the operator.
ADMINISTRATORS = {
    "A": {"admin", "nordby-koord"},
    "B": {"admin", "nordby-koord2"},
    "C": {"admin", "nordby-koord2"},
    "D": {"admin", "sorvik-koord"},
}

PLAN_KEYS = sorted(VIEWERS)


def person_of(plan_key):
    return DEMO_PLANS[plan_key]()["person_name"]


def demo_plan(plan_key):
    return PlanPage.objects.get(slug=DEMO_PLANS[plan_key]()["slug"])


def may_view(username, plan_key):
    return username in VIEWERS[plan_key]


def may_administer(username, plan_key):
    return username in ADMINISTRATORS[plan_key]


def names_hidden_from(username):
    """People whose plans the account may not view, less any it may see on another plan
    (Emil Hansen has two plans)."""
    seen = {person_of(key) for key in PLAN_KEYS if may_view(username, key)}
    return {person_of(key) for key in PLAN_KEYS} - seen
