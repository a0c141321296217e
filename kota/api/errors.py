"""The one error shape of Kota's API, decided once:

    {"ok": false, "status": 404, "error": "Not found",
     "errors": [{"location": ..., "message": ...}]}

`errors` lists each bad input (location such as "query.page") and may be empty.
"""

from http import HTTPStatus

from django.http import JsonResponse


def error_body(status, error, errors=()):
    return {"ok": False, "status": status, "error": error, "errors": list(errors)}


def error_response(status, error=None, errors=()):
    error = error or HTTPStatus(status).phrase
    return JsonResponse(error_body(status, error, errors), status=status)


class ErrorShapeMiddleware:
    """Gives responses under /api/ that Ninja never produced (an unknown path, a method not
    allowed, a CSRF refusal) the same error shape as the API's own errors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            shaped = error_response(response.status_code)
            for header in ("Allow", "Retry-After"):
                if header in response:
                    shaped[header] = response[header]
            return shaped
        return response
