"""Every kind of read the access log records, and how the owner's page says it in Norwegian.

A record's `what` is a kind, optionally followed by `:<id>` of the item read
(`attachment:<uuid>`, `minutes:<meeting block id>`). Recording a kind without a phrase here
is refused, so the owner never meets a raw code."""

from django.utils.translation import gettext_lazy as _

READ_PHRASES = {
    "plan": _("åpnet planen"),
    "pdf": _("lastet ned planen som PDF"),
    "fhir": _("hentet planen som FHIR"),
    "my_data": _("fikk planen med i en innsynskopi («Mine data»)"),
    "access_log": _("så innsynsloggen"),
    "plan_list": _("så planen i en planliste"),
    "archive_copy": _("lastet ned en arkivkopi av planen"),
    "attachment": _("åpnet et vedlegg"),
    "minutes": _("leste et møtereferat"),
    "meeting-ics": _("lastet ned et møte til kalenderen"),
    "log-entry": _("åpnet en loggføring for å se eller rette den"),
    "log_entry": _("forsøkte å skrive i loggen via API"),
    "edit": _("åpnet planen i redigeringsskjemaet"),
    "revision": _("så en tidligere versjon av planen"),
    "compare": _("sammenlignet versjoner av planen"),
    "preview": _("forhåndsviste planen"),
    "history": _("så historikken til planen"),
    "baton": _("så stafettloggens stafettholder og historikk"),
    "consents": _("så samtykkene til planen"),
    "noark5": _("eksporterte planen til arkivet (Noark 5)"),
}


def read_kind(what):
    return what.split(":", 1)[0]


def read_phrase(what):
    return READ_PHRASES[read_kind(what)]


def check_readable(what):
    """Refuse to record a read the owner's page could not put into words."""
    if read_kind(what) not in READ_PHRASES:
        raise ValueError(f"access log: no phrase for the read kind {read_kind(what)!r} (accesslog/reads.py)")
