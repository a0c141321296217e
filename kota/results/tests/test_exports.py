"""The plan tree, indicator values with their breakdown, and work plans as CSV and XLSX, and
`manage.py export_plan`."""

import csv
import datetime
import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from kota.results.factories import (
    DimensionFactory,
    IndicatorFactory,
    ValueFactory,
)
from kota.test import client_for
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory

pytestmark = pytest.mark.django_db
D = datetime.date
EXPORT = "/results/manifesto-2021-2025/export"


def test_export_plan_writes_the_tree_as_csv_to_standard_output(manifesto):
    out = io.StringIO()
    call_command("export_plan", "manifesto-2021-2025", "--format", "csv", stdout=out)
    text = out.getvalue()
    assert text.splitlines()[0] == "code,level,title,text"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert Counter(row["level"] for row in rows) == {"goal": 6, "strategy": 25, "activity": 88}
    assert [row["code"] for row in rows[:3]] == ["1", "1.1", "1.1.1"]
    assert rows[-1]["code"] == "6.5.3" and rows[-1]["level"] == "activity"
    assert "membership fees" in rows[-3]["text"]  # 6.5.1


def test_export_plan_writes_xlsx_to_a_file(manifesto, tmp_path):
    target = tmp_path / "manifesto.xlsx"
    call_command(
        "export_plan",
        "manifesto-2021-2025",
        "--format",
        "xlsx",
        "--output",
        str(target),
        stderr=io.StringIO(),
    )
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("code", "level", "title", "text")
    assert len(rows) == 1 + 6 + 25 + 88


def test_export_plan_refuses_xlsx_without_a_file_and_an_unknown_plan(manifesto):
    with pytest.raises(CommandError, match="--output"):
        call_command("export_plan", "manifesto-2021-2025", "--format", "xlsx")
    with pytest.raises(CommandError, match="manifesto-2021-2025"):
        call_command("export_plan", "manifesto-2030")


def test_the_tree_downloads_as_csv_and_xlsx(client, manifesto):
    response = client.get(f"{EXPORT}/tree.csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == "code,level,title,text"
    assert len(text.strip().splitlines()) > 119  # texts hold no line breaks but rows do wrap
    book = load_workbook(io.BytesIO(client.get(f"{EXPORT}/tree.xlsx").content))
    assert book.active.max_row == 120
    assert client.get(f"{EXPORT}/tree.pdf").status_code == 404
    assert client.get(f"{EXPORT}/everything.csv").status_code == 404


@pytest.fixture
def values(manifesto):
    public = IndicatorFactory(plan=manifesto, code="KPI-T", is_public=True)
    DimensionFactory(indicator=public, code="sex", name="Sex", categories=["female", "male"])
    approved = ValueFactory(indicator=public, number=None)
    approved.set_cells({"female": 3, "male": 4})
    approved.status = "approved"
    approved.save_unlocked()
    ValueFactory(indicator=public, period_end=D(2022, 12, 31), number=None)  # a draft
    private = IndicatorFactory(plan=manifesto, code="KPI-P")
    ValueFactory(indicator=private, approved=True)


def rows_of(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_indicator_values_export_with_their_cells_for_the_public(client, values):
    rows = rows_of(client.get(f"{EXPORT}/indicators.csv"))
    ours = [
        (r["indicator"], r["period"], r["breakdown"], r["number"])
        for r in rows
        if r["indicator"] == "KPI-T"
    ]
    assert ours == [
        ("KPI-T", "2021", "", "7.0000"),
        ("KPI-T", "2021", "Female", "3.0000"),
        ("KPI-T", "2021", "Male", "4.0000"),
    ]
    assert "KPI-P" not in {r["indicator"] for r in rows}


def test_staff_export_every_indicator_and_draft(client, personas, values):
    rows = rows_of(client_for(client, personas.secretariat).get(f"{EXPORT}/indicators.csv"))
    statuses = {(r["indicator"], r["period"], r["status"]) for r in rows if r["breakdown"] == ""}
    assert {("KPI-T", "2022", "draft"), ("KPI-P", "2021", "approved")} <= statuses


def test_work_plans_export_with_budget_and_execution(client, personas, manifesto):
    WorkPlanItemFactory(work_plan=WorkPlanFactory(plan=manifesto, year=2026), code="D1")
    assert rows_of(client.get(f"{EXPORT}/workplans.csv")) == []  # a draft is not public
    rows = rows_of(client_for(client, personas.board).get(f"{EXPORT}/workplans.csv"))
    [row] = rows
    assert (row["year"], row["status"], row["item"], row["budget"], row["spent"]) == (
        "2026",
        "draft",
        "D1",
        "1000.00",
        "0.00",
    )
    book = load_workbook(io.BytesIO(client.get(f"{EXPORT}/workplans.xlsx").content))
    assert [cell.value for cell in book.active[1]][:4] == ["year", "revision", "status", "item"]


def test_export_plan_writes_a_formula_as_text(manifesto, tmp_path):
    from kota.results.models import Activity

    Activity.objects.filter(code="1.1.1").update(title="=1+2")
    out = io.StringIO()
    call_command("export_plan", "manifesto-2021-2025", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[2]["title"] == "'=1+2"
    target = tmp_path / "manifesto.xlsx"
    call_command(
        "export_plan",
        "manifesto-2021-2025",
        "--format",
        "xlsx",
        "--output",
        str(target),
        stderr=io.StringIO(),
    )
    cell = load_workbook(target).active["C4"]
    assert (cell.value, cell.data_type) == ("'=1+2", "s")
