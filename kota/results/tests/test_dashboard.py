import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kota.results.factories import (
    ActivityFactory,
    GoalFactory,
    IndicatorFactory,
    PlanFactory,
    StrategyFactory,
    TargetFactory,
    ValueFactory,
)
from kota.results.forecast import ProgressStatus
from kota.results.models import Indicator

pytestmark = pytest.mark.django_db
D = datetime.date
DASHBOARD_QUERIES = 5  # indicators; their values, targets, strategies and activities


def build_plan(indicators, quarters_each):
    """A plan whose indicators each have `quarters_each` approved quarterly values."""
    plan = PlanFactory(starts_on=D(2001, 1, 1), ends_on=D(2030, 12, 31))
    strategy = StrategyFactory(goal=GoalFactory(plan=plan))
    activity = ActivityFactory(strategy=strategy)
    for n in range(indicators):
        indicator = IndicatorFactory(
            plan=plan, frequency=Indicator.Frequency.QUARTERLY, baseline_date=D(2000, 12, 31)
        )
        indicator.strategies.add(strategy)
        indicator.activities.add(activity)
        TargetFactory(indicator=indicator, period_end=D(2015, 12, 31), number=50)
        for q in range(quarters_each):
            year, quarter = 2001 + q // 4, q % 4
            ValueFactory(
                indicator=indicator,
                period_start=D(year, quarter * 3 + 1, 1),
                period_end=D(year, quarter * 3 + 3, 30 if quarter in (1, 2) else 31),
                number=n + q,
                approved=True,
            )
    return plan


def dashboard_queries(plan):
    with CaptureQueriesContext(connection) as queries:
        rows = [
            (i.code, i.latest_number, i.progress(D(2024, 1, 1)).status, i.goals())
            for i in Indicator.objects.for_dashboard(plan)
        ]
    return len(queries), rows


def test_the_dashboard_runs_a_bounded_number_of_queries_however_many_values(
    django_assert_max_num_queries,
):
    few = build_plan(indicators=3, quarters_each=1)
    many = build_plan(indicators=12, quarters_each=80)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        count_few, rows_few = dashboard_queries(few)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        count_many, rows_many = dashboard_queries(many)
    assert count_few == count_many
    assert (len(rows_few), len(rows_many)) == (3, 12)


def test_the_dashboard_annotates_each_indicator_with_its_latest_approved_value():
    plan = PlanFactory()
    indicator = IndicatorFactory(plan=plan)
    ValueFactory(indicator=indicator, period_end=D(2021, 12, 31), number=10, approved=True)
    ValueFactory(indicator=indicator, period_end=D(2022, 12, 31), number=20, approved=True)
    ValueFactory(indicator=indicator, period_end=D(2023, 12, 31), number=99)  # a draft
    IndicatorFactory(plan=plan, code="EMPTY")
    rows = {i.code: i for i in Indicator.objects.for_dashboard(plan)}
    assert rows[indicator.code].latest_number == Decimal("20")
    assert rows[indicator.code].latest_period_end == D(2022, 12, 31)
    assert rows["EMPTY"].latest_number is None
    assert rows["EMPTY"].progress().status == ProgressStatus.NO_DATA


def test_the_dashboard_shows_one_plan_only(manifesto):
    other = IndicatorFactory()
    codes = [i.code for i in Indicator.objects.for_dashboard(manifesto)]
    assert "KPI-1.4.2" in codes and other.code not in codes


def test_statuses_roll_up_by_goal():
    plan = PlanFactory()
    goal_1, goal_2 = GoalFactory(plan=plan, code="1"), GoalFactory(plan=plan, code="2")
    on_track = IndicatorFactory(plan=plan, target_value=40)
    off_track = IndicatorFactory(plan=plan, target_value=100)
    no_data = IndicatorFactory(plan=plan)
    on_track.strategies.add(StrategyFactory(goal=goal_1))
    off_track.activities.add(ActivityFactory(strategy=StrategyFactory(goal=goal_1)))
    no_data.strategies.add(StrategyFactory(goal=goal_2))
    for indicator in (on_track, off_track):
        for year, number in [(2021, 10), (2022, 20)]:
            ValueFactory(
                indicator=indicator, period_end=D(year, 12, 31), number=number, approved=True
            )
    rollup = Indicator.objects.status_by_goal(plan, on=D(2023, 1, 1))
    assert rollup[goal_1] == {ProgressStatus.ON_TRACK: 1, ProgressStatus.OFF_TRACK: 1}
    assert rollup[goal_2] == {ProgressStatus.NO_DATA: 1}
