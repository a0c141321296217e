"""Every list of the results app (dashboard, goal and indicator pages, lessons, work plans,
the review page, the exports and the results API) runs the same number of queries for 3
rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from kota.results.factories import (
    ActivityFactory,
    DimensionFactory,
    GoalFactory,
    IndicatorFactory,
    LessonFactory,
    PlanFactory,
    StrategyFactory,
    TargetFactory,
    ValueFactory,
)
from kota.results.models import Activity, Value
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory
from kota.workplans.models import Spending, WorkPlan

pytestmark = pytest.mark.django_db
SIZES = [3, 30]
D = datetime.date
PLAN = "town-plan"


def town_plan():
    """A plan with one goal, strategy and activity (codes 1, 1.1, 1.1.1)."""
    plan = PlanFactory(
        slug=PLAN, title="Town plan", starts_on=D(2001, 1, 1), ends_on=D(2030, 12, 31)
    )
    strategy = StrategyFactory(goal=GoalFactory(plan=plan, code="1"), code="1.1")
    ActivityFactory(strategy=strategy, code="1.1.1")
    return plan


def indicators(personas, rows):
    """`rows` public indicators of the town plan, serving its strategy and activity, each with
    a target, two approved values and a draft."""
    plan = town_plan()
    activity = Activity.objects.get(strategy__goal__plan=plan)
    for n in range(rows):
        indicator = IndicatorFactory(plan=plan, name=f"Officers trained {n:02d}", is_public=True)
        indicator.strategies.add(activity.strategy)
        indicator.activities.add(activity)
        TargetFactory(indicator=indicator, period_end=D(2023, 12, 31), number=50)
        for year in (2021, 2022):
            ValueFactory(indicator=indicator, period_end=D(year, 12, 31), approved=True)
        ValueFactory(indicator=indicator, period_end=D(2023, 12, 31))
    return "Officers trained 00"


def an_indicator_with_many_values(personas, rows):
    """Indicator KPI-X of the town plan, broken down by sex, with `rows` approved yearly
    values, each with its cells."""
    plan = town_plan()
    indicator = IndicatorFactory(plan=plan, code="KPI-X", is_public=True)
    DimensionFactory(indicator=indicator, code="sex", categories=["female", "male"])
    for n in range(rows):
        value = ValueFactory(
            indicator=indicator,
            period_end=D(1990 + n, 12, 31),
            narrative=f"Year of progress {n:02d}",
            source=f"Year of progress {n:02d}",
        )
        value.set_cells({("female",): 4, ("male",): 6})
        Value.objects.filter(pk=value.pk).update(status=Value.Status.APPROVED)
    return "Year of progress 00"


def activities(personas, rows):
    """The town plan with `rows` more activities under its strategy."""
    plan = town_plan()
    strategy = plan.goals.get().strategies.get()
    for n in range(rows):
        ActivityFactory(strategy=strategy, code=f"1.1.{n + 2}", title=f"Exchange visit {n:02d}")
    return "Exchange visit 00"


def lessons(personas, rows):
    """`rows` lessons learned on the town plan's activity, by the secretariat."""
    activity = Activity.objects.get(strategy__goal__plan=town_plan())
    for n in range(rows):
        LessonFactory(activity=activity, author=personas.secretariat, text=f"Start early {n:02d}")
    return "Start early 00"


def work_plans(personas, rows):
    """`rows` yearly work plans of the town plan, each with two items."""
    plan = town_plan()
    for n in range(rows):
        work_plan = WorkPlanFactory(plan=plan, year=2001 + n)
        WorkPlanItemFactory.create_batch(2, work_plan=work_plan, output=f"Toolkit {n:02d}")
    return "2001"


def a_work_plan_with_many_items(personas, rows):
    """Work plan 2025 of the town plan with `rows` items, each with some spending."""
    work_plan = WorkPlanFactory(plan=town_plan(), year=2025)
    for n in range(rows):
        item = WorkPlanItemFactory(work_plan=work_plan, output=f"Toolkit {n:02d}")
        Spending.objects.create(
            item=item, amount=Decimal("100"), currency="USD", spent_on=D(2025, 2, 1)
        )
    return "Toolkit 00"


def values_to_review(personas, rows):
    """`rows` values submitted by a board member, returned ones and drafts."""
    plan = town_plan()
    for n in range(rows):
        indicator = IndicatorFactory(plan=plan, name=f"Officers trained {n:02d}")
        ValueFactory(
            indicator=indicator,
            status=Value.Status.SUBMITTED,
            submitted_by=personas.board,
            submitted_at=timezone.now(),
        )
        ValueFactory(indicator=indicator, period_end=D(2022, 12, 31), status=Value.Status.RETURNED)
        ValueFactory(indicator=indicator, period_end=D(2023, 12, 31))
    return "Officers trained 00"


def plans(personas, rows):
    for n in range(rows):
        PlanFactory(title=f"Plan of the decade {n:02d}")
    return "Plan of the decade 00"


def work_plan_url(personas):
    return f"/results/workplans/{WorkPlan.objects.get(plan__slug=PLAN, year=2025).pk}/"


P = f"/results/{PLAN}"
API = f"/api/v1/results/plans/{PLAN}"
PAGES = {
    # name: (url, persona, builder, queries)
    "dashboard": (f"{P}/", "secretariat", indicators, 10),
    "goal": (f"{P}/goals/1/", "secretariat", indicators, 12),
    "indicator": (f"{P}/indicators/KPI-X/", "secretariat", an_indicator_with_many_values, 13),
    "lessons": (f"{P}/lessons/", "secretariat", lessons, 5),
    "workplans": (f"{P}/workplans/", "secretariat", work_plans, 5),
    "workplan": (work_plan_url, "secretariat", a_work_plan_with_many_items, 10),
    "review": ("/results/review/", "secretariat", values_to_review, 6),
    "export-tree": (f"{P}/export/tree.csv", "secretariat", activities, 4),
    "export-values": (
        f"{P}/export/indicators.csv",
        "secretariat",
        an_indicator_with_many_values,
        8,
    ),
    "export-workplans": (f"{P}/export/workplans.csv", "secretariat", work_plans, 4),
    "api-plans": ("/api/v1/results/plans", "secretariat", plans, 1),
    "api-tree": (API, "secretariat", activities, 4),
    "api-indicators": (f"{API}/indicators", "secretariat", indicators, 8),
    "api-indicator": (f"{API}/indicators/KPI-X", "secretariat", an_indicator_with_many_values, 12),
    "api-workplans": (f"{API}/workplans", "secretariat", work_plans, 7),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    url = url(personas) if callable(url) else url
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()
