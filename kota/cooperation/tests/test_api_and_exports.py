"""/api/v1/cooperations and /api/v1/learning-requests give public fields only and are in the
OpenAPI schema; the CSV and XLSX exports follow the list's filters and write formula-like
texts as text."""

import io

import pytest
from openpyxl import load_workbook

from kota.cooperation.factories import CooperationFactory
from kota.cooperation.models import Cooperation, LearningRequest
from kota.core.models import CoreArea

pytestmark = pytest.mark.django_db


def test_the_api_lists_verified_cooperations_with_their_sides(client, personas):
    CooperationFactory(
        title="Sister cities", sides=[personas.surabaya_city, personas.makassar_city]
    )
    CooperationFactory(title="Not yet", status=Cooperation.Status.PROPOSED)
    body = client.get("/api/v1/cooperations").json()
    assert body["count"] == 1
    (item,) = body["items"]
    assert item["title"] == "Sister cities"
    assert [s["member"] for s in item["sides"]] == ["makassar", "surabaya"]  # by name
    assert set(item["sides"][0]) == {"member", "partner", "name", "country", "confirmed"}
    assert client.get("/api/v1/cooperations?country=ID").json()["count"] == 1
    assert client.get("/api/v1/cooperations?country=JP").json()["count"] == 0
    assert client.get("/api/v1/cooperations?kind=castle").status_code == 422


def test_the_api_lists_learning_requests_without_personal_data(client, personas):
    LearningRequest.open(
        member=personas.surabaya_city,
        by=personas.surabaya,
        core_area=CoreArea.objects.get(slug="climate-drr"),
        description="Our private notes",
    )
    body = client.get("/api/v1/learning-requests").json()
    (item,) = body["items"]
    assert item["member"] == "surabaya" and item["stage"] == "open"
    assert "Our private notes" not in str(body) and "surabaya@" not in str(body)
    assert client.get(f"/api/v1/learning-requests/{item['id']}").status_code == 200


def test_both_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/cooperations", "/api/v1/learning-requests"} <= set(paths)


def test_the_exports_follow_the_filters_and_write_formulas_as_text(client, personas):
    CooperationFactory(
        title="=HYPERLINK(1)", sides=[personas.surabaya_city, personas.makassar_city]
    )
    CooperationFactory(title="Elsewhere", kind=Cooperation.Kind.TRADE)
    csv = client.get("/cooperation/export/cooperations.csv?kind=sister_city").content.decode()
    assert "'=HYPERLINK(1)" in csv and "Elsewhere" not in csv
    book = load_workbook(io.BytesIO(client.get("/cooperation/export/cooperations.xlsx").content))
    titles = [row[0].value for row in book.active.iter_rows(min_row=2)]
    assert sorted(titles) == ["'=HYPERLINK(1)", "Elsewhere"]
    assert client.get("/cooperation/export/learning-requests.xlsx").status_code == 200
