"""arkivstruktur.xml: arkiv → arkivskaper → arkivdel → klassifikasjonssystem → klasse → mappe
(the plan) → registrering per document → dokumentbeskrivelse → dokumentobjekt."""

from functools import partial

from lxml import etree

from exports.noark5.ids import stable_id
from exports.noark5.xml import add, moment

NS = "http://www.arkivverket.no/standarder/noark5/arkivstruktur"
SCHEMA_LOCATION = f"{NS} arkivstruktur.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
element = partial(add, namespace=NS)


def dated(parent, created_at, created_by, closed_at=None, closed_by=None):
    element(parent, name="opprettetDato", text=moment(created_at))
    element(parent, name="opprettetAv", text=created_by)
    if closed_at is not None:
        element(parent, name="avsluttetDato", text=moment(closed_at))
        element(parent, name="avsluttetAv", text=closed_by)


def child(parent, name, system_id, title=None):
    node = etree.SubElement(parent, f"{{{NS}}}{name}")
    element(node, name="systemID", text=system_id)
    if title is not None:
        element(node, name="tittel", text=title)
    return node


def dokumentbeskrivelse(registrering, plan, document, number):
    beskrivelse = child(registrering, "dokumentbeskrivelse", stable_id(plan, "dokumentbeskrivelse", document.key))
    element(beskrivelse, name="dokumenttype", text="Plan" if document.key == "plan" else "Vedlegg")
    element(beskrivelse, name="dokumentstatus", text="Dokumentet er ferdigstilt")
    element(beskrivelse, name="tittel", text=document.title)
    dated(beskrivelse, document.created_at, document.created_by)
    element(beskrivelse, name="tilknyttetRegistreringSom", text="Hoveddokument" if number == 1 else "Vedlegg")
    element(beskrivelse, name="dokumentnummer", text=number)
    element(beskrivelse, name="tilknyttetDato", text=moment(document.created_at))
    element(beskrivelse, name="tilknyttetAv", text=document.created_by)
    objekt = child(beskrivelse, "dokumentobjekt", stable_id(plan, "dokumentobjekt", document.key))
    element(objekt, name="versjonsnummer", text=1)
    element(objekt, name="variantformat", text="Arkivformat")
    element(objekt, name="format", text="PDF/A - ISO 19005-3:2012" if document.key == "plan" else "PDF")
    dated(objekt, document.created_at, document.created_by)
    element(objekt, name="referanseDokumentfil", text=document.path)
    element(objekt, name="sjekksum", text=document.sha256)
    element(objekt, name="sjekksumAlgoritme", text="SHA-256")
    element(objekt, name="filstoerrelse", text=len(document.content))


def mappe(klasse, extract):
    plan = extract.plan
    folder = child(klasse, "mappe", stable_id(plan, "mappe"))
    element(folder, name="mappeID", text=plan.short_code)
    element(folder, name="tittel", text=f"{plan.get_plan_type_display()} {plan.short_code}")
    dated(folder, extract.created_at, extract.created_by, extract.closed_at, extract.closed_by)
    for document in extract.documents:
        registrering = child(folder, "registrering", stable_id(plan, "registrering", document.key))
        dated(registrering, document.created_at, document.created_by)
        element(registrering, name="arkivertDato", text=moment(extract.closed_at))
        element(registrering, name="arkivertAv", text=extract.closed_by)
        # One document per registrering: each is its own main document.
        dokumentbeskrivelse(registrering, plan, document, 1)
        element(registrering, name="tittel", text=document.title)


def container(parent, name, extract, title):
    return child(parent, name, stable_id(extract.plan, name), title)


def build(extract):
    plan = extract.plan
    root = etree.Element(f"{{{NS}}}arkiv", nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    element(root, name="systemID", text=stable_id(plan, "arkiv"))
    element(root, name="tittel", text=f"Samplan – {extract.municipality}")
    dated(root, extract.created_at, extract.created_by, extract.closed_at, extract.closed_by)
    skaper = etree.SubElement(root, f"{{{NS}}}arkivskaper")
    element(skaper, name="arkivskaperID", text=extract.municipality_code)
    element(skaper, name="arkivskaperNavn", text=extract.municipality)
    arkivdel = container(root, "arkivdel", extract, f"Individuelle planer {plan.short_code}")
    element(arkivdel, name="arkivdelstatus", text="Avsluttet periode")
    dated(arkivdel, extract.created_at, extract.created_by, extract.closed_at, extract.closed_by)
    system = container(arkivdel, "klassifikasjonssystem", extract, None)
    element(system, name="klassifikasjonstype", text="Emnebasert, ett nivå")
    element(system, name="tittel", text="Plantyper")
    dated(system, extract.created_at, extract.created_by)
    klasse = child(system, "klasse", stable_id(plan, "klasse", plan.plan_type))
    element(klasse, name="klasseID", text=plan.plan_type)
    element(klasse, name="tittel", text=plan.get_plan_type_display())
    dated(klasse, extract.created_at, extract.created_by)
    mappe(klasse, extract)
    return root
