"""«Mine data»: a person's own copy of what Samplan holds about them (GDPR art. 15), as a ZIP.

What is about the person: a plan where they are the plan owner or a guardian with current
access is about them (or the child they speak for) as a whole: its PDF and FHIR bundle, every
log entry, message and upload on it, and its whole access log. On any other plan (as a
participant or coordinator, or after their access ended) only what they themselves wrote and
uploaded, their participation, and their own reads are about them; the rest of such a plan
is about somebody else and stays out (art. 15(4))."""

import csv
import io
import json
import logging
import zipfile
from pathlib import PurePath

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from accesslog.export import neutralised
from accesslog.recording import describe_role
from accesslog.views import describe
from exports.fhir.bundle import plan_bundle
from exports.pdf import render_plan_pdf
from planpages.models import AccessRecord, Attachment, LogEntry, Message, PlanPage, PlanParticipant
from planpages.people import display_name
from planpages.plan_types import Access, ParticipantRole

logger = logging.getLogger("samplan.access_log")

OWNER_SIDE = (ParticipantRole.OWNER, ParticipantRole.GUARDIAN)


class PersonsPlans:
    """The plans a person is on, split into those about them (whole) and the others (own rows)."""

    def __init__(self, person):
        self.person = person
        self.participations = list(
            PlanParticipant.objects.filter(user=person).select_related("page", "user").order_by("page_id")
        )
        whole = {p.page_id for p in self.participations if p.role in OWNER_SIDE and p.is_current() and p.page.live}
        on_plans = PlanPage.objects.filter(Q(pk__in=[p.page_id for p in self.participations]) | Q(coordinator=person))
        self.all = list(on_plans.select_related("coordinator").order_by("pk"))
        self.whole = [plan for plan in self.all if plan.pk in whole]
        self.own_rows_only = [plan for plan in self.all if plan.pk not in whole]


def csv_bytes(header, rows):
    out = io.StringIO()
    out.write("\ufeff")  # spreadsheet programs read æ, ø and å right with the BOM
    writer = csv.writer(out)
    writer.writerow([str(column) for column in header])
    writer.writerows([neutralised(cell) for cell in row] for row in rows)
    return out.getvalue().encode()


def written_rows(rows):
    return csv_bytes(
        [_("skrevet"), _("skrevet av"), _("tekst")],
        [(row.created_at.isoformat(), display_name(row.author), row.text) for row in rows],
    )


def plan_folder(plan):
    # The plan's opaque code, never the person's name: file names travel.
    return f"planer/{plan.short_code}"


def attachment_files(folder, attachments):
    for index, attachment in enumerate(attachments, start=1):
        with attachment.document.file.open("rb") as upload:
            yield f"{folder}/vedlegg/{index:03d}-{PurePath(attachment.filename).name}", upload.read()


def consent_rows(plan):
    consents = plan.consents.prefetch_related("covers__user").order_by("decided_at", "pk")
    header = [
        _("status"),
        _("gitt av"),
        _("gitt som"),
        _("tidspunkt"),
        _("gyldig til og med"),
        _("trukket tilbake"),
        _("gjelder"),
        _("tekstversjon"),
    ]
    rows = [
        (
            consent.get_status_display(),
            consent.giver_name,
            consent.get_on_behalf_of_display(),
            consent.decided_at.isoformat(),
            consent.valid_until.isoformat() if consent.valid_until else "",
            consent.withdrawn_at.isoformat() if consent.withdrawn_at else "",
            ", ".join(participant.display_name for participant in consent.covers.all()),
            consent.text_version,
        )
        for consent in consents
    ]
    return csv_bytes(header, rows)


def whole_plan_files(plan, printed_by):
    folder = plan_folder(plan)
    participants = list(plan.participants.select_related("user").order_by("pk"))
    yield f"{folder}/plan.pdf", render_plan_pdf(plan, participants, printed_by)
    bundle = plan_bundle(plan, participants)
    yield f"{folder}/plan.fhir.json", json.dumps(bundle, ensure_ascii=False, indent=2).encode()
    rows = {"plan": plan}
    yield f"{folder}/loggforinger.csv", written_rows(LogEntry.objects.filter(**rows).select_related("author"))
    yield f"{folder}/meldinger.csv", written_rows(Message.objects.filter(**rows).select_related("author"))
    yield f"{folder}/samtykker.csv", consent_rows(plan)
    yield from attachment_files(folder, Attachment.objects.filter(**rows).select_related("document"))


def own_rows_files(plan, person):
    folder = plan_folder(plan)
    rows = {"plan": plan, "author": person}
    yield f"{folder}/mine-loggforinger.csv", written_rows(LogEntry.objects.filter(**rows).select_related("author"))
    yield f"{folder}/mine-meldinger.csv", written_rows(Message.objects.filter(**rows).select_related("author"))
    yield from attachment_files(folder, Attachment.objects.filter(**rows).select_related("document"))


def plan_files(plans, printed_by):
    for plan in plans.whole:
        yield from whole_plan_files(plan, printed_by)
    for plan in plans.own_rows_only:
        yield from own_rows_files(plan, plans.person)


def participation_file(plans, printed_by):
    rows = [
        (
            p.page.short_code,
            ParticipantRole(p.role).label,
            p.profession,
            p.organisation,
            Access(p.access).label,
            p.added_at.date().isoformat(),
            p.access_until.isoformat() if p.access_until else "",
        )
        for p in plans.participations
    ]
    rows += [
        (plan.short_code, _("Koordinator"), "", "", "", "", "")
        for plan in plans.all
        if plan.coordinator_id == plans.person.pk
    ]
    header = [
        _("plan"),
        _("rolle"),
        _("stilling"),
        _("virksomhet"),
        _("tilgang"),
        _("lagt til"),
        _("tilgang til og med"),
    ]
    yield "deltakelse.csv", csv_bytes(header, rows)


def access_log_file(plans, printed_by):
    """The whole access log of the plans about the person, and every read the person made."""
    codes = {plan.pk: plan.short_code for plan in plans.all}
    records = AccessRecord.objects.filter(Q(plan_id__in=[p.pk for p in plans.whole]) | Q(user=plans.person))
    rows = [(r.at.isoformat(), codes.get(r.plan_id, ""), describe(r)) for r in records.order_by("at", "pk")]
    yield "tilgangslogg.csv", csv_bytes([_("tidspunkt"), _("plan"), _("hva som skjedde")], rows)


def readme_file(plans, printed_by):
    context = {"person": display_name(plans.person), "plans": plans, "made_at": timezone.localtime()}
    yield "LESMEG.txt", render_to_string("exports/my_data/README.txt", context).encode()


# Each section yields (path in the ZIP, bytes).
MY_DATA_SECTIONS = [readme_file, plan_files, participation_file, access_log_file]


def record_my_data(plans, reader, channel):
    """One granted access record per plan in the copy: the person, or the operator on request."""
    AccessRecord.objects.bulk_create(
        AccessRecord(
            plan_id=plan.pk,
            user=reader,
            user_display=display_name(reader, nobody=_("Samplan-drift (på forespørsel)")),
            role_display="" if reader == plans.person else describe_role(False, None, True),
            what="my_data",
            channel=channel,
        )
        for plan in plans.all
    )


def my_data_zip(person, reader, channel=AccessRecord.Channel.WEB):
    """The ZIP as bytes. `reader` is who asked: the person themselves, or the operator (None
    for the command line)."""
    plans = PersonsPlans(person)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for section in MY_DATA_SECTIONS:
            for path, content in section(plans, reader):
                archive.writestr(path, content)
    record_my_data(plans, reader, channel)
    logger.info(
        "Mine data for user %s produced (%s plans) by %s", person.pk, len(plans.all), getattr(reader, "pk", None)
    )
    return buffer.getvalue()
