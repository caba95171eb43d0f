"""endringslogg.xml: the plan's status changes, read from its revisions (a plan starts as a draft)."""

from functools import partial

from lxml import etree

from exports.noark5.ids import stable_id
from exports.noark5.xml import add, moment
from planpages.people import display_name
from planpages.plan_types import PlanStatus

NS = "http://www.arkivverket.no/standarder/noark5/endringslogg"
element = partial(add, namespace=NS)


def status_changes(plan):
    """(when, who, before, after) for each revision that changed the plan's status."""
    previous = PlanStatus.DRAFT
    for revision in plan.revisions.select_related("user").order_by("created_at", "pk"):
        status = revision.content.get("status", previous)
        if status != previous:
            yield revision.created_at, display_name(revision.user, nobody="Samplan"), previous, status
            previous = status


def build(extract):
    root = etree.Element(f"{{{NS}}}endringslogg", nsmap={None: NS})
    for when, who, before, after in status_changes(extract.plan):
        change = etree.SubElement(root, f"{{{NS}}}endring")
        element(change, name="referanseArkivenhet", text=stable_id(extract.plan, "mappe"))
        element(change, name="referanseMetadata", text="status")
        element(change, name="endretDato", text=moment(when))
        element(change, name="endretAv", text=who)
        element(change, name="tidligereVerdi", text=PlanStatus(before).label)
        element(change, name="nyVerdi", text=PlanStatus(after).label)
    return root
