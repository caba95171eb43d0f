"""The plan's innsynslogg page: who has opened the plan, in plain Norwegian, newest first."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accesslog.reads import read_phrase
from accesslog.recording import record_access
from planpages.access import plan_access
from planpages.models import AccessRecord

RECORDS_PER_PAGE = 50


def when_text(moment):
    """ "3. mars kl. 14:02" in Norwegian time; the year only when it is not this year."""
    local = timezone.localtime(moment)
    if local.year == timezone.localdate().year:
        return date_format(local, _("j. F \\k\\l. H:i"))
    return date_format(local, _("j. F Y \\k\\l. H:i"))


def describe(record):
    """One record as a sentence: "Lise Lærer (lærer, Nordby skole) åpnet planen 3. mars kl. 14:02".
    A refused attempt is told without the name: the owner side learns that someone tried, not
    who else uses Samplan (the operator's export keeps the name)."""
    if not record.granted:
        return _("Noen uten tilgang forsøkte å åpne planen %(when)s") % {"when": when_text(record.at)}
    who = f"{record.user_display} ({record.role_display})" if record.role_display else record.user_display
    action = str(read_phrase(record.what))
    if record.channel == AccessRecord.Channel.API:
        action = _("%(action)s via API") % {"action": action}
    return f"{who} {action} {when_text(record.at)}"


def access_log_page(request, plan):
    access = plan_access(request, plan)
    # Seeing the log is itself a read of the plan; other participants get the 404 of a
    # made-up URL, and their attempt is recorded as denied.
    record_access(request, plan, "access_log", access=access, granted=access.can_see_access_log)
    if not access.can_see_access_log:
        raise Http404
    records = AccessRecord.objects.filter(plan_id=plan.pk).order_by("-at", "-pk")
    page = Paginator(records, RECORDS_PER_PAGE).get_page(request.GET.get("page"))
    context = plan.get_context(request)
    context.update({"page_obj": page, "entries": [(record, describe(record)) for record in page.object_list]})
    return TemplateResponse(request, "accesslog/access_log.html", context)
