import logging

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from kota.api.cooperation import cooperations_router, learning_router
from kota.api.docs import KotaDocs
from kota.api.errors import error_response
from kota.api.events import router as events_router
from kota.api.governance import router as governance_router
from kota.api.knowledge import router as knowledge_router
from kota.api.members import router as members_router
from kota.api.partners import router as partners_router
from kota.api.projects import router as projects_router
from kota.api.results import router as results_router
from kota.api.surveys import cee_router, surveys_router
from kota.api.workplans import router as workplans_router

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="Kota API",
    version="1",
    description=(
        "Public, read-only data of the network: members, governing bodies and seats. "
        "Every error has the shape {ok: false, status, error, errors: [{location, message}]}. "
        "Contact fields a caller may not see are null."
    ),
    urls_namespace="api",
    docs=KotaDocs(),
)
api.add_router("/members", members_router)
api.add_router("/bodies", governance_router)
api.add_router("/knowledge", knowledge_router)
api.add_router("/results", results_router)
api.add_router("/results", workplans_router)
api.add_router("/events", events_router)
api.add_router("/cooperations", cooperations_router)
api.add_router("/learning-requests", learning_router)
api.add_router("/partners", partners_router)
api.add_router("/surveys", surveys_router)
api.add_router("/cee", cee_router)
api.add_router("/projects", projects_router)


def _location(loc):
    return ".".join(str(part) for part in loc if part not in ("filters",))


@api.exception_handler(ValidationError)
def on_validation_error(request, exc):
    errors = [
        {"location": _location(item.get("loc", ())), "message": item.get("msg", "")}
        for item in exc.errors
    ]
    return error_response(422, "Invalid input", errors)


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    return error_response(exc.status_code, str(exc))


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return error_response(404, "Not found")


@api.exception_handler(AuthenticationError)
def on_unauthorised(request, exc):
    return error_response(401, "Authentication required")


@api.exception_handler(Exception)
def on_error(request, exc):
    logger.exception("API error on %s", request.path)
    return error_response(500, "Server error")
