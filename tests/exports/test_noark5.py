import hashlib
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from lxml import etree

from planpages.models import AccessRecord, PlanPage
from planpages.plan_types import PlanStatus

SCHEMAS = Path(__file__).parent / "noark5_schemas"
ADDML = "{http://www.arkivverket.no/standarder/addml}"


def schema(name):
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def close(plan):
    plan.status = PlanStatus.CLOSED
    plan.save_revision().publish()
    return PlanPage.objects.get(pk=plan.pk)


def export(plan, directory):
    call_command("export_noark5", "--plan", str(plan.pk), "--out", str(directory), stdout=open("/dev/null", "w"))  # noqa: SIM115
    return directory


def listed_checksums(directory):
    tree = etree.parse(str(directory / "arkivuttrekk.xml"))
    listed = {}
    for data_object in tree.iter(f"{ADDML}dataObject"):
        values = {p.get("name"): p.findtext(f"{ADDML}value") for p in data_object.iter(f"{ADDML}property")}
        if "checksum" in values:
            listed[values["name"]] = values["value"]
    return listed


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_extract_of_each_demo_plan_validates_against_arkivverkets_schemas(demo_world, tmp_path):
    schemas = {name: schema(f"{name}.xsd") for name in ("arkivstruktur", "endringslogg")} | {
        "arkivuttrekk": schema("addml.xsd")
    }
    for plan in PlanPage.objects.order_by("pk"):
        directory = export(close(plan), tmp_path / str(plan.pk))
        for name, xsd in schemas.items():
            xsd.assertValid(etree.parse(str(directory / f"{name}.xml")))


def test_the_listed_checksums_match_the_files(demo_world, tmp_path):
    plan = close(PlanPage.objects.order_by("pk").first())
    directory = export(plan, tmp_path / "out")
    listed = listed_checksums(directory)
    assert any(path.startswith("DOKUMENT/") for path in listed)
    for path, checksum in listed.items():
        assert hashlib.sha256((directory / path).read_bytes()).hexdigest() == checksum


def test_ids_stay_the_same_across_exports(demo_world, tmp_path):
    plan = close(PlanPage.objects.order_by("pk").first())
    ids = [
        [e.text for e in etree.parse(str(export(plan, tmp_path / run) / "arkivstruktur.xml")).iter("{*}systemID")]
        for run in ("one", "two")
    ]
    assert ids[0] == ids[1]


def test_the_extract_holds_no_empty_element(demo_world, tmp_path):
    directory = export(close(PlanPage.objects.order_by("pk").first()), tmp_path / "out")
    for name in ("arkivstruktur", "endringslogg", "arkivuttrekk"):
        for element in etree.parse(str(directory / f"{name}.xml")).iter():
            assert len(element) or (element.text or "").strip(), element.tag


def test_exporting_writes_an_access_record(demo_world, tmp_path):
    plan = close(PlanPage.objects.order_by("pk").first())
    export(plan, tmp_path / "out")
    assert AccessRecord.objects.filter(plan_id=plan.pk, what="noark5").count() == 1


def test_an_open_plan_is_refused_in_norwegian(demo_world, tmp_path):
    plan = PlanPage.objects.exclude(status=PlanStatus.CLOSED).first()
    with pytest.raises(CommandError, match="ikke avsluttet"):
        export(plan, tmp_path / "out")
    assert not (tmp_path / "out").exists()
