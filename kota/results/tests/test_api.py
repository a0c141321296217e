"""/api/v1/results: plans, the plan tree, indicators with progress, one indicator with values and
cells, work plans; explicit schemas in the OpenAPI document; the dashboard's visibility rules."""

import datetime

import pytest

from kota.results.factories import (
    DimensionFactory,
    IndicatorFactory,
    ValueFactory,
)
from kota.results.models import Activity, Indicator, Strategy
from kota.test import client_for
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory

pytestmark = pytest.mark.django_db
API = "/api/v1/results"
PLAN = f"{API}/plans/manifesto-2021-2025"
D = datetime.date


def test_the_openapi_document_describes_every_results_endpoint_with_a_schema(client):
    document = client.get("/api/v1/openapi.json").json()
    paths = {path for path in document["paths"] if path.startswith(API)}
    assert paths == {
        f"{API}/plans",
        f"{API}/plans/{{slug}}",
        f"{API}/plans/{{slug}}/indicators",
        f"{API}/plans/{{slug}}/indicators/{{code}}",
        f"{API}/plans/{{slug}}/workplans",
    }
    for path in paths:
        ok = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        assert "$ref" in str(ok["schema"])
    schemas = document["components"]["schemas"]
    assert {"PlanTreeOut", "IndicatorOut", "IndicatorDetailOut", "CellOut", "WorkPlanOut"} <= set(
        schemas
    )
    assert set(schemas["ProgressStatus"]["enum"]) == {"on_track", "at_risk", "off_track", "no_data"}


def test_plans_and_the_plan_tree(client, manifesto):
    assert client.get(f"{API}/plans").json() == [
        {
            "slug": "manifesto-2021-2025",
            "title": "Manifesto 2021-2025",
            "starts_on": "2021-01-01",
            "ends_on": "2025-12-31",
            "url": "/results/manifesto-2021-2025/",
        }
    ]
    tree = client.get(PLAN).json()
    assert [goal["code"] for goal in tree["goals"]] == ["1", "2", "3", "4", "5", "6"]
    assert sum(len(goal["strategies"]) for goal in tree["goals"]) == 25
    assert sum(len(s["activities"]) for g in tree["goals"] for s in g["strategies"]) == 88
    assert tree["goals"][0]["strategies"][0]["activities"][0]["code"] == "1.1.1"
    assert client.get(f"{API}/plans/nope").json()["error"] == "Not found"


@pytest.fixture
def trained(manifesto):
    indicator = IndicatorFactory(plan=manifesto, code="KPI-T", name="Trained", is_public=True)
    indicator.strategies.add(Strategy.objects.get(goal__plan=manifesto, code="1.1"))
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    approved = ValueFactory(indicator=indicator, number=None, approved=False)
    approved.set_cells({"female": 30, "male": 20})
    approved.status = "approved"
    approved.save_unlocked()
    draft = ValueFactory(indicator=indicator, period_end=D(2022, 12, 31), number=None)
    draft.set_cells({"female": 1, "male": 2})
    return indicator


def test_the_public_gets_public_indicators_and_counted_values_only(client, personas, trained):
    codes = sorted(row["code"] for row in client.get(f"{PLAN}/indicators").json())
    assert codes == ["KPI-1.4.2", "KPI-T"]  # not the private KPI-6.5.1
    assert client.get(f"{PLAN}/indicators/KPI-6.5.1").status_code == 404
    detail = client.get(f"{PLAN}/indicators/KPI-T").json()
    assert [v["period"] for v in detail["values"]] == ["2021"]
    [value] = detail["values"]
    assert value["number"] == "50.0000" and value["status"] == "approved"
    assert {(c["categories"]["sex"], c["number"]) for c in value["cells"]} == {
        ("female", "30.0000"),
        ("male", "20.0000"),
    }
    assert detail["dimensions"] == [
        {
            "code": "sex",
            "name": "Sex",
            "categories": [
                {"code": "female", "name": "Female"},
                {"code": "male", "name": "Male"},
            ],
        }
    ]
    assert detail["progress"]["latest"] == {"day": "2021-12-31", "number": "50.0000"}
    assert detail["goals"] == ["1"] and detail["strategies"] == ["1.1"]


@pytest.mark.parametrize("persona", ["secretariat", "board"])
def test_staff_and_board_members_get_everything(client, personas, trained, persona):
    client = client_for(client, getattr(personas, persona))
    codes = sorted(row["code"] for row in client.get(f"{PLAN}/indicators").json())
    assert codes == ["KPI-1.4.2", "KPI-6.5.1", "KPI-T"]
    values = client.get(f"{PLAN}/indicators/KPI-T").json()["values"]
    assert [(v["period"], v["status"]) for v in values] == [("2021", "approved"), ("2022", "draft")]
    live = client.get(f"{PLAN}/indicators/KPI-6.5.1").json()
    assert live["live_value"] is None and live["source"] == "computed"  # nothing invoiced


def test_indicators_filter_by_goal(client, trained):
    assert sorted(r["code"] for r in client.get(f"{PLAN}/indicators", {"goal": "1"}).json()) == [
        "KPI-1.4.2",
        "KPI-T",
    ]
    assert client.get(f"{PLAN}/indicators", {"goal": "5"}).json() == []


def test_work_plans_with_budgets_and_execution(client, personas, manifesto):
    activity = Activity.objects.get(strategy__goal__plan=manifesto, code="6.5.1")
    draft = WorkPlanFactory(plan=manifesto, year=2026)
    WorkPlanItemFactory(work_plan=draft, code="X1", activity=activity, budget=800)
    from kota.core.models import User
    from kota.governance.factories import BodyFactory, SeatFactory
    from kota.governance.models import Body

    councillor = User.objects.create_user("c")
    SeatFactory(body=BodyFactory(slug="council", kind=Body.Kind.COUNCIL), user=councillor)
    endorsed = WorkPlanFactory(plan=manifesto, year=2025)
    item = WorkPlanItemFactory(work_plan=endorsed, code="A1", activity=activity, budget=1000)
    endorsed.submit(personas.secretariat)
    endorsed.approve(personas.board)
    endorsed.endorse(councillor, "Endorsed")
    item.record_spending(
        amount=250, currency="USD", spent_on=D(2025, 2, 1), by=personas.secretariat
    )
    [public] = client.get(f"{PLAN}/workplans").json()
    assert (public["year"], public["status"]) == (2025, "endorsed")
    assert public["totals"] == [
        {"currency": "USD", "budget": "1000.00", "spent": "250.00", "rate": "25.0"}
    ]
    [row] = public["items"]
    assert (row["code"], row["goal"], row["activity"], row["execution_rate"]) == (
        "A1",
        "6",
        "6.5.1",
        "25.0",
    )
    assert [d["step"] for d in public["decisions"]] == ["submitted", "approved", "endorsed"]
    client.force_login(personas.board)
    assert [w["year"] for w in client.get(f"{PLAN}/workplans").json()] == [2026, 2025]


def test_the_results_api_errors_have_the_one_shape(client):
    body = client.get(f"{API}/plans/none/indicators/none").json()
    assert body == {"ok": False, "status": 404, "error": "Not found", "errors": []}
    assert Indicator.objects.count() >= 2
