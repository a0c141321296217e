"""The API's documentation is one of Kota's pages: the site's header and a way back, a phone's
viewport, the page's language, and every endpoint of the OpenAPI schema listed in the HTML
itself, so that it reads without JavaScript."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_docs_page_has_kotas_frame(client):
    html = client.get("/api/v1/docs").content.decode()
    assert re.search(r'<html lang="en">', html)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<a href="/" class="brand">' in html
    assert 'href="#content"' in html
    assert "swagger" not in html.lower()


def test_the_docs_page_lists_every_endpoint_of_the_schema_with_its_parameters(client):
    schema = client.get("/api/v1/openapi.json").json()
    html = client.get("/api/v1/docs").content.decode()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert f"<code>{method.upper()} {path}</code>" in html
            assert operation["summary"].replace("'", "&#x27;") in html
            for parameter in operation.get("parameters", []):
                assert f"<code>{parameter['name']}</code>" in html
    assert '<a href="/api/v1/openapi.json">' in html
    assert '<a href="/api/v1/members">/api/v1/members</a>' in html


def test_the_docs_page_speaks_the_readers_language(client):
    client.cookies["django_language"] = "id"
    html = client.get("/api/v1/docs", headers={"Accept-Language": "id"}).content.decode()
    assert '<html lang="id">' in html
