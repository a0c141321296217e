"""The demo's results, built directly at the small scale on a small demo network."""

import random
from collections import Counter

import pytest

from kota.core.models import User
from kota.demo.dues import build_dues
from kota.demo.governance import build_governance
from kota.demo.members import build_members
from kota.demo.results import build_results, reset_results
from kota.demo.results.bench import build_benchmark
from kota.demo.results.indicators import CODES, VALUES
from kota.governance.models import Seat
from kota.results.forecast import ProgressStatus
from kota.results.models import Cell, Indicator, Lesson, Plan, Value
from kota.workplans.models import Spending, WorkPlan

pytestmark = pytest.mark.django_db


@pytest.fixture
def manifesto(db):
    """The Manifesto 2021-2025, loaded by the results migrations."""
    return Plan.objects.get(slug="manifesto-2021-2025")


@pytest.fixture
def demo(manifesto):
    rng = random.Random(5)
    members = build_members(rng, 120)
    bodies = build_governance(rng, members)
    secretariat = User.objects.create_user("secretariat", password="x", is_staff=True)
    board = User.objects.create_user("board", password="x")
    seat = Seat.objects.current().filter(body=bodies["executive-bureau"]).first()
    seat.user = board
    seat.save()
    build_dues(rng, members, secretariat, range(2021, 2027))
    summary = build_results(
        rng,
        scale="small",
        members=members,
        bodies=bodies,
        secretariat=secretariat,
        board_user=board,
    )
    return manifesto, summary


def test_the_demo_tells_its_story_with_every_status_and_the_workflow(demo, client):
    """(One test: building the demo network takes seconds.)"""
    plan, summary = demo
    statuses = Counter(i.progress().status for i in Indicator.objects.for_dashboard(plan))
    assert set(statuses) == set(ProgressStatus)
    assert summary["indicators"] == len(CODES) >= 25
    entered = sum(  # the yearly values (participants are computed from events)
        len(years) for part in ("annual", "narratives", "drafts") for years in VALUES[part].values()
    )
    assert summary["values"] == entered

    statuses = Counter(Value.objects.filter(origin="entered").values_list("status", flat=True))
    assert statuses["approved"] > 20
    assert statuses["submitted"] == 1 and statuses["returned"] == 1 and statuses["draft"] == 1
    returned = Value.objects.get(status="returned")
    assert returned.indicator.code == "KPI-3.1" and "January 2026" in returned.return_reason
    assert {
        v.reviewed_by.username for v in Value.objects.filter(status="approved", origin="entered")
    } == {"officer"}
    assert Indicator.objects.get(code="KPI-1.1.2").is_computed  # see test_events.py

    for code in ["KPI-1.4.2", "KPI-6.5.1"]:
        years = Value.objects.filter(indicator__code=code, origin="computed").values_list(
            "period_end__year", flat=True
        )
        assert sorted(years) == [2021, 2022, 2023, 2024, 2025], code
    # 20 quarters of participants; member satisfaction (KPI-6.3) has nothing to measure until
    # the demo's surveys are built (kota/demo/tests/test_surveys.py).
    assert summary["snapshots"] == {"created": 10 + 20, "empty": 5}
    assert Indicator.objects.get(code="KPI-6.3").measure == "surveys.answer_share"
    client.force_login(User.objects.get(username="secretariat"))
    assert client.get("/results/manifesto-2021-2025/").status_code == 200
    assert client.get("/results/manifesto-2021-2025/goals/1/").status_code == 200


def test_the_demo_work_plans_2025_endorsed_2026_awaiting_the_council(demo):
    _plan, summary = demo
    endorsed = WorkPlan.objects.get(year=2025)
    approved = WorkPlan.objects.get(year=2026)
    assert (endorsed.status, approved.status) == ("endorsed", "approved")
    assert [d.step for d in endorsed.decisions.all()] == ["submitted", "approved", "endorsed"]
    assert endorsed.decisions.get(step="endorsed").body.kind == "council"
    council = User.objects.get(username="council")
    assert approved.steps_for(council) == ["endorse", "return"]
    assert approved.steps_for(User.objects.get(username="board")) == []
    [total] = endorsed.items.budget_total()
    assert 60 < total["rate"] < 110
    assert Spending.objects.filter(item__work_plan=approved).exists()
    assert {a[0] for a in summary["accounts"]} == {"officer", "council"}
    assert Lesson.objects.count() == 5

    reset_results()
    assert not WorkPlan.objects.exists() and not Lesson.objects.exists()
    assert Indicator.objects.filter(plan=_plan).count() == 2


def test_the_benchmark_scale_writes_cells_in_batches_with_consistent_totals(manifesto):
    count, values, cells = build_benchmark(random.Random(1), manifesto, cells=1200)
    assert (count, cells) == (1, 1200)
    indicator = Indicator.objects.get(code="BENCH-001")
    assert Cell.objects.filter(value__indicator=indicator).count() == 1200 == cells
    assert values == indicator.values.count() == 3  # 500 cells a quarter
    for value in indicator.values.all():
        assert value.number == sum(cell.number for cell in value.cells.all())
    assert indicator.progress().has_data and not indicator.is_public
