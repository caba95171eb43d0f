"""The whole extract of one closed plan, as files by path, a directory or a ZIP."""

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.utils import timezone

from exports.noark5 import arkivstruktur, arkivuttrekk, endringslogg
from exports.noark5.documents import ArchivedDocument, archived_documents
from exports.noark5.xml import serialise
from planpages.models import MunicipalityPage, PlanArchiveCopy
from planpages.people import display_name


@dataclass(frozen=True)
class Extract:
    plan: object
    municipality: str
    municipality_code: str
    created_at: datetime
    created_by: str
    closed_at: datetime
    closed_by: str
    documents: list[ArchivedDocument]


def closed_at(plan):
    """When the plan was archived: its newest copy stored on closing, else its last publishing."""
    copy = plan.archive_copies.filter(reason=PlanArchiveCopy.Reason.CLOSED).order_by("-created_at").first()
    if copy is not None:
        return copy.created_at, copy.created_by_display
    return plan.last_published_at or timezone.now(), display_name(plan.coordinator, nobody="Samplan")


def make_extract(plan, user):
    municipality = MunicipalityPage.objects.ancestor_of(plan).first()
    when, who = closed_at(plan)
    return Extract(
        plan=plan,
        municipality=municipality.title,
        municipality_code=municipality.slug,
        created_at=plan.first_published_at or plan.latest_revision_created_at or when,
        created_by=display_name(plan.owner, nobody="Samplan"),
        closed_at=when,
        closed_by=who,
        documents=archived_documents(plan, user),
    )


def extract_files(plan, user):
    """{path: bytes} of every file in the extract."""
    extract = make_extract(plan, user)
    files = {document.path: document.content for document in extract.documents}
    files["arkivstruktur.xml"] = serialise(arkivstruktur.build(extract))
    files["endringslogg.xml"] = serialise(endringslogg.build(extract))
    files["arkivuttrekk.xml"] = serialise(arkivuttrekk.build(extract, files))
    return files


def write_directory(files, directory):
    for path, content in files.items():
        target = Path(directory) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def zip_bytes(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in sorted(files.items()):
            archive.writestr(path, content)
    return buffer.getvalue()
