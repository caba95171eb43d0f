"""Samplan's NinjaAPI: Wagtail's v3 conventions (problem+json errors, bearer tokens, limit/offset
pagination, whoami), with the plan router. Wagtail's own page endpoints are not mounted: they
know nothing of the plan rule and must never list plans."""

from ninja import NinjaAPI
from wagtail.api.v3.api import _gate_docs
from wagtail.api.v3.routers.whoami import router as whoami_router

from api.auth import PerCallerThrottle
from api.baton import router as baton_router
from api.consents import router as consents_router
from api.errors import register_norwegian_exception_handlers
from api.fhir import router as fhir_router
from api.plans import router as plans_router

api = NinjaAPI(
    title="Samplan API",
    version="3.0.0",
    description=(
        "Individuelle planer som JSON, under samme tilgangsregel som nettstedet. "
        "Autentiser med `Authorization: Bearer <API-nøkkel>` (lag nøkler under /profil/api-nokler/) "
        "eller med innlogget økt (CSRF-token på skriving)."
    ),
    urls_namespace="samplan_api",
    docs_decorator=_gate_docs,
    openapi_url="/openapi.json",
    docs_url="/docs/",
)

register_norwegian_exception_handlers(api)

api.add_router("/plans/", plans_router)
api.add_router("/plans/", fhir_router)
api.add_router("/plans/", baton_router)
api.add_router("/plans/", consents_router)
api.add_router("/", whoami_router, throttle=[PerCallerThrottle()])
