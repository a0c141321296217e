"""The API's documentation as one of Kota's pages: every endpoint of the OpenAPI schema with its
parameters, in the site's frame (header, language, a way back), readable without JavaScript.
Tools read the schema itself at /api/v1/openapi.json."""

from django.shortcuts import render
from ninja.openapi.docs import DocsBase

METHODS = ("get", "post", "put", "patch", "delete")


def endpoints(schema):
    """The operations of an OpenAPI `schema`, in its order, as dicts for the template."""
    found = []
    for path, operations in schema["paths"].items():
        for method in METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            parameters = [
                {
                    "name": parameter["name"],
                    "location": parameter.get("in", ""),
                    "required": parameter.get("required", False),
                    "type": _type(parameter.get("schema", {})),
                    "description": parameter.get("description")
                    or parameter.get("schema", {}).get("description", ""),
                }
                for parameter in operation.get("parameters", [])
            ]
            found.append(
                {
                    "anchor": operation.get("operationId") or f"{method}-{path}",
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    # A GET without a parameter in its path can be opened as it is.
                    "link": path if method == "get" and "{" not in path else None,
                }
            )
    return found


def _type(schema):
    """A parameter's type as a reader would say it: `string`, `integer | null`, `Kind`."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "type" in schema:
        return schema["type"]
    options = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf") or []
    return " | ".join(kind for option in options if (kind := _type(option)))


class KotaDocs(DocsBase):
    def render_page(self, request, api, **kwargs):
        schema = api.get_openapi_schema(path_params=kwargs)
        context = {
            "info": schema["info"],
            "endpoints": endpoints(schema),
            "schema_url": self.get_openapi_url(api, kwargs),
        }
        return render(request, "api/docs.html", context)
