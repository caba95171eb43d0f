"""Plan-page views for the Stafettlogg baton. A refusal shows the plan again with the reason
(nothing was typed that could be lost); bright spots and concerns are written like log entries."""

from django.contrib import messages
from django.db import DatabaseError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from collaboration import baton, services
from collaboration.baton_forms import HandoverForm
from collaboration.plan_page import plan_detail
from collaboration.views import STORAGE_UNAVAILABLE, plan_page_with_form, write_from_plan_page

ANCHOR = "section-baton"


def baton_action(request, plan, write, success_message):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        write(plan, request.user, request.POST)
    except services.WriteRefused as refusal:
        if refusal.status == 404:
            raise Http404 from None
        messages.error(request, refusal.message, extra_tags=ANCHOR)
        return plan_detail(request, plan, status=refusal.status)
    except services.InvalidWrite as invalid:
        if isinstance(invalid.form, HandoverForm):
            return plan_page_with_form(request, plan, "baton_handover", invalid.form, 400, ANCHOR)
        # An answer carries only the offer's id: a malformed one is an offer that no longer holds.
        messages.error(request, baton.STALE_OFFER, extra_tags=ANCHOR)
        return plan_detail(request, plan, status=400)
    except DatabaseError:
        messages.error(request, STORAGE_UNAVAILABLE, extra_tags=ANCHOR)
        return plan_detail(request, plan, status=503)
    messages.success(request, success_message, extra_tags=ANCHOR)
    return redirect(f"{plan.url}#{ANCHOR}")


def hand_over(request, plan):
    return baton_action(
        request, plan, baton.hand_over, _("Stafettloggen er tilbudt. Du er stafettholder til den blir akseptert.")
    )


def accept(request, plan):
    return baton_action(request, plan, baton.accept, _("Du har tatt over stafettloggen."))


def decline(request, plan):
    return baton_action(request, plan, baton.decline, _("Du har takket nei til å ta over stafettloggen."))


def withdraw(request, plan):
    return baton_action(request, plan, baton.withdraw, _("Tilbudet om å ta over stafettloggen er trukket tilbake."))


def add_note(request, plan):
    return write_from_plan_page(
        request,
        plan,
        "baton_note",
        lambda: baton.add_note(plan, request.user, request.POST),
        _("Det du skrev er lagret."),
        ANCHOR,
    )
