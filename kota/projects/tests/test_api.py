import pytest

from kota.projects.factories import ProjectFactory, full_project

pytestmark = pytest.mark.django_db


def test_the_api_lists_public_projects_only(client):
    ProjectFactory(code="PUB-1")
    ProjectFactory(code="PRIV-1", is_public=False)
    body = client.get("/api/v1/projects").json()
    assert [item["code"] for item in body["items"]] == ["PUB-1"]
    assert body["items"][0]["countries"] == ["ID"]


def test_a_project_in_the_api_has_its_money_per_currency_and_its_cells(client):
    project = full_project(code="API-1")
    body = client.get(f"/api/v1/projects/{project.pk}").json()
    assert {(t["type"], t["currency"], t["amount"]) for t in body["transactions"]} == {
        (1, "USD", "50000.000"),
        (4, "EUR", "1200.500"),
        (3, "IDR", "15000000.000"),
    }
    period = body["results"][0]["indicators"][0]["periods"][0]
    assert sum(float(cell["value"]) for cell in period["cells"]) == float(period["actual"])
    assert body["partners"][0]["role"] == "1"


def test_a_private_project_is_not_found_with_the_api_error_shape(client):
    project = ProjectFactory(is_public=False)
    response = client.get(f"/api/v1/projects/{project.pk}")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "status": 404, "error": "Not found", "errors": []}


def test_the_projects_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/projects" in paths and "/api/v1/projects/{id}" in paths
