"""«Mine data»: the person's own copy holds what is about them, and nothing of other people's plans."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from planpages.models import AccessRecord, Attachment, LogEntry, PlanParticipant
from tests.demo_access import demo_plan, person_of
from tests.factories import make_user

from ..api.conftest import user_named

URL = "/profil/mine-data/"


def download(username):
    client = Client()
    client.force_login(user_named(username))
    response = client.post(URL)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(response.content))


def folder(letter):
    return f"planer/{demo_plan(letter).short_code}/"


def rows(archive, name):
    return list(csv.reader(io.StringIO(archive.read(name).decode().lstrip("\ufeff"))))[1:]


def text_of_every_file(archive):
    return " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_guardians_copy_holds_both_plans_of_the_child_whole_and_nothing_of_a_or_d(demo_world):
    archive = download("ola")
    names = set(archive.namelist())
    for letter in "BC":
        assert {
            folder(letter) + "plan.pdf",
            folder(letter) + "plan.fhir.json",
            folder(letter) + "loggforinger.csv",
        } <= names
    assert not any(name.startswith((folder("A"), folder("D"))) for name in names)
    text = text_of_every_file(archive)
    assert person_of("B") in text
    assert person_of("A") not in text and person_of("D") not in text


def test_copy_has_a_norwegian_readme_participation_and_access_log(demo_world):
    archive = download("ola")
    assert {"LESMEG.txt", "deltakelse.csv", "tilgangslogg.csv"} <= set(archive.namelist())
    assert "Dette er en kopi av det Samplan har om Ola Hansen" in archive.read("LESMEG.txt").decode()
    assert {row[0] for row in rows(archive, "deltakelse.csv")} == {demo_plan("B").short_code, demo_plan("C").short_code}


def test_whole_plan_holds_its_fhir_bundle_log_entries_and_pdf(demo_world):
    plan = demo_plan("B")
    archive = download("ola")
    bundle = json.loads(archive.read(folder("B") + "plan.fhir.json"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert archive.read(folder("B") + "plan.pdf").startswith(b"%PDF")
    entries = rows(archive, folder("B") + "loggforinger.csv")
    assert sorted(row[2] for row in entries) == sorted(
        LogEntry.objects.filter(plan=plan).values_list("text", flat=True)
    )


def test_whole_plan_holds_its_consents_with_who_gave_them_and_whom_they_cover(demo_world):
    archive = download("ola")
    (consent,) = rows(archive, folder("B") + "samtykker.csv")
    assert consent[0] == "Gitt" and consent[1] == "Ola Hansen"
    assert "Lise Lærer" in consent[6]
    assert "samtykker.csv" in archive.read("LESMEG.txt").decode()


def test_plan_owners_copy_holds_the_uploads_of_the_plan(demo_world):
    attachment = Attachment.objects.get(plan=demo_plan("A"))
    archive = download("kari")
    [name] = [name for name in archive.namelist() if name.startswith(folder("A") + "vedlegg/")]
    with attachment.document.file.open("rb") as upload:
        assert archive.read(name) == upload.read()


def test_access_log_holds_other_peoples_reads_of_own_plans_only(demo_world):
    viewer = Client()
    viewer.force_login(user_named("lise"))
    viewer.get(f"/api/v3/plans/{demo_plan('B').pk}/")
    reader_of_a = Client()
    reader_of_a.force_login(user_named("per"))
    reader_of_a.get(f"/api/v3/plans/{demo_plan('A').pk}/")
    log = rows(download("ola"), "tilgangslogg.csv")
    assert any(row[1] == demo_plan("B").short_code and row[2].startswith("Lise Lærer") for row in log)
    assert not any(row[1] == demo_plan("A").short_code for row in log)


def test_participant_who_is_not_the_owner_side_gets_only_what_they_wrote(demo_world):
    lise = user_named("lise")
    plan = demo_plan("B")
    LogEntry.objects.create(plan=plan, author=lise, text="Lises egen loggføring")
    archive = download("lise")
    names = archive.namelist()
    assert not any(name.endswith(("plan.pdf", "plan.fhir.json", "/loggforinger.csv")) for name in names)
    own = rows(archive, folder("B") + "mine-loggforinger.csv")
    assert own and {row[1] for row in own} == {"Lise Lærer"}
    assert "Lises egen loggføring" in {row[2] for row in own}
    assert person_of("B") not in text_of_every_file(archive)


def test_guardian_whose_access_has_ended_gets_only_what_they_wrote(demo_world):
    plan = demo_plan("B")
    PlanParticipant.objects.filter(page=plan, user__username="ola").update(
        access_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    names = download("ola").namelist()
    assert folder("B") + "mine-loggforinger.csv" in names
    assert folder("B") + "plan.pdf" not in names and folder("C") + "plan.pdf" in names


def test_download_writes_one_access_record_per_plan_in_the_copy(demo_world):
    download("ola")
    records = AccessRecord.objects.filter(what="my_data")
    assert sorted((r.plan_id, r.user.username, r.channel, r.granted) for r in records) == sorted(
        (demo_plan(letter).pk, "ola", "web", True) for letter in "BC"
    )


def test_copy_is_never_cached(demo_world):
    client = Client()
    client.force_login(user_named("ola"))
    response = client.post(URL)
    assert {"no-store", "private"} <= {part.strip() for part in response["Cache-Control"].split(",")}


def test_someone_on_no_plan_gets_a_copy_without_plans(demo_world):
    archive = download("ukjent")
    assert not any(name.startswith("planer/") for name in archive.namelist())
    assert not AccessRecord.objects.filter(what="my_data").exists()


def test_download_needs_a_post_from_a_signed_in_person(db):
    assert Client().post(URL).status_code == 302
    client = Client()
    client.force_login(make_user())
    assert client.get(URL).status_code == 405


def test_operator_command_writes_the_same_copy_and_an_admin_record(demo_world, tmp_path):
    out = tmp_path / "ola.zip"
    call_command("export_my_data", "--user", "ola", "--out", str(out), stdout=io.StringIO())
    names = set(zipfile.ZipFile(out).namelist())
    assert {folder("B") + "plan.pdf", folder("C") + "plan.fhir.json", "LESMEG.txt"} <= names
    records = AccessRecord.objects.filter(what="my_data")
    assert {(r.user_id, r.channel) for r in records} == {(None, "admin")} and records.count() == 2


def test_profile_offers_the_download(db, django_assert_max_num_queries):
    client = Client()
    client.force_login(make_user())
    client.get("/profil/")
    # Three of them ask whether to offer API keys: the user's permissions and keys.
    with django_assert_max_num_queries(9):
        response = client.get("/profil/")
    assert URL.encode() in response.content and b"Mine data" in response.content


@pytest.mark.parametrize("username", ["nosuchuser"])
def test_command_refuses_an_unknown_user(db, tmp_path, username):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("export_my_data", "--user", username, "--out", str(tmp_path / "x.zip"))
