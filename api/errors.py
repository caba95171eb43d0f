"""Errors as RFC 7807 problem+json, like the rest of Wagtail's v3 API, with the message told in
Norwegian. Wagtail's handlers are registered first; these replace the ones people meet."""

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja.errors import AuthenticationError, Throttled
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.errors import ProblemDetail, problem_response, register_exception_handlers

# What the client reads, by pydantic error type; the field is named in `loc`.
VALIDATION_MESSAGES = {
    "missing": gettext_lazy("Feltet mangler."),
    "string_too_short": gettext_lazy("Teksten kan ikke være tom."),
    "string_too_long": gettext_lazy("Teksten er for lang."),
    "int_parsing": gettext_lazy("Må være et heltall."),
    "literal_error": gettext_lazy("Ugyldig verdi."),
    "json_invalid": gettext_lazy("Innholdet er ikke gyldig JSON."),
}

ERROR_RESPONSES = {
    401: ProblemDetail,
    404: ProblemDetail,
    422: ProblemDetail,
    429: ProblemDetail,
}


def _validation_errors(exc):
    return [
        {
            "type": error.get("type", ""),
            "loc": list(error.get("loc", ())),
            "msg": str(VALIDATION_MESSAGES.get(error.get("type"), error.get("msg", ""))),
        }
        for error in exc.errors
    ]


def register_norwegian_exception_handlers(api):
    register_exception_handlers(api)

    @api.exception_handler(NinjaValidationError)
    def invalid_input(request, exc):
        return problem_response(status=422, detail=_("Ugyldig forespørsel."), errors=_validation_errors(exc))

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        response = problem_response(
            status=401, detail=_("Logg inn, eller send en gyldig API-nøkkel i Authorization-headeren.")
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(Throttled)
    def throttled(request, exc):
        return problem_response(status=429, detail=_("For mange forespørsler. Vent litt og prøv igjen."))

    @api.exception_handler(Http404)
    def not_found(request, exc):
        # One answer, whatever raised it: "no such plan" and "not yours" must look the same.
        return problem_response(status=404, detail=_("Fant ikke planen."))
