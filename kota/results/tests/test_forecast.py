import datetime
from decimal import Decimal

import pytest

from kota.results import forecast, periods
from kota.results.factories import IndicatorFactory, TargetFactory, ValueFactory
from kota.results.forecast import Direction, Point, ProgressStatus
from kota.results.models import Indicator

D = datetime.date
END_2025 = D(2025, 12, 31)


def year_end(year, number):
    return Point(D(year, 12, 31), Decimal(number))


def test_values_10_20_30_for_2021_to_2023_project_50_at_the_end_of_2025():
    points = [year_end(2021, 10), year_end(2022, 20), year_end(2023, 30)]
    assert forecast.project(points, END_2025) == Decimal("50.00")


def test_the_projection_is_the_least_squares_line_through_every_point():
    # 10, 30, 20: slope 5 a year through the mean (20 at the end of 2022).
    points = [year_end(2021, 10), year_end(2022, 30), year_end(2023, 20)]
    assert forecast.project(points, END_2025) == Decimal("35.00")


def test_quarters_are_evenly_spaced_whatever_the_length_of_the_months():
    ends = [end for _start, end in periods.periods_between("quarterly", D(2024, 1, 1), END_2025)]
    steps = {
        forecast.month_index(b) - forecast.month_index(a)
        for a, b in zip(ends, ends[1:], strict=False)
    }
    assert steps == {3}


def test_one_point_projects_nothing():
    assert forecast.project([year_end(2021, 10)], END_2025) is None


@pytest.mark.parametrize(
    "target, status",
    [
        ("50", ProgressStatus.ON_TRACK),  # the projection reaches the target
        ("45", ProgressStatus.ON_TRACK),
        ("60", ProgressStatus.AT_RISK),  # 40 of the 50 needed: exactly 80%
        ("70", ProgressStatus.OFF_TRACK),  # 40 of the 60 needed: 67%
    ],
)
def test_the_status_compares_the_projected_change_with_the_needed_change(target, status):
    assert forecast.rate(Decimal(10), Decimal(target), Decimal(50), Direction.HIGHER) == status


@pytest.mark.parametrize(
    "projection, status",
    [
        ("20", ProgressStatus.ON_TRACK),
        ("28", ProgressStatus.AT_RISK),
        ("35", ProgressStatus.OFF_TRACK),
    ],
)
def test_the_status_of_a_lower_is_better_indicator_counts_falls_as_progress(projection, status):
    # From 60 down to 20: 40 needed; 28 is 32 of it (80%), 35 is 25 of it (62.5%).
    assert forecast.rate(Decimal(60), Decimal(20), Decimal(projection), Direction.LOWER) == status


def test_a_target_that_needs_no_change_is_on_track_while_the_projection_holds_it():
    assert forecast.rate(Decimal(5), Decimal(5), Decimal(6), Direction.HIGHER) == "on_track"
    assert forecast.rate(Decimal(5), Decimal(5), Decimal(4), Direction.HIGHER) == "off_track"


def test_progress_is_measured_from_the_start_in_the_indicators_direction():
    assert forecast.progress_percent(Decimal(10), Decimal(50), Decimal(30), "higher") == 50
    assert forecast.progress_percent(Decimal(60), Decimal(20), Decimal(50), "lower") == 25
    assert forecast.progress_percent(Decimal(60), Decimal(20), Decimal(70), "lower") == -25


def test_the_expected_value_is_linear_from_the_start_to_the_target():
    path = [year_end(2020, 0), Point(END_2025, Decimal(100))]
    assert forecast.interpolate(path, D(2023, 6, 30)) == Decimal("50.00")
    assert forecast.interpolate(path, D(2019, 1, 1)) == Decimal("0.00")
    assert forecast.interpolate(path, D(2027, 1, 1)) == Decimal("100.00")


@pytest.fixture
def series_10_20_30(db):
    indicator = IndicatorFactory(baseline_value=None, baseline_date=None, target_value=50)
    for year, number in [(2021, 10), (2022, 20), (2023, 30)]:
        ValueFactory(indicator=indicator, period_end=D(year, 12, 31), number=number, approved=True)
    return indicator


def test_an_indicator_with_values_10_20_30_is_on_track_for_50(series_10_20_30):
    progress = series_10_20_30.progress(on=D(2024, 1, 15))
    assert progress.latest == Point(D(2023, 12, 31), Decimal("30"))
    assert progress.projection == Decimal("50.00")
    assert progress.status == ProgressStatus.ON_TRACK
    # Without a baseline the first value is the start: 20 of the 40 needed.
    assert progress.percent == Decimal("50.00")
    # Expected: 10 at the end of 2021 to 50 at the end of 2025, so 30 at the end of 2023.
    assert series_10_20_30.progress(on=D(2023, 12, 31)).expected == Decimal("30.00")


def test_a_higher_target_puts_the_same_series_at_risk_then_off_track(series_10_20_30):
    series_10_20_30.target_value = 60
    assert series_10_20_30.progress(on=D(2024, 1, 15)).status == ProgressStatus.AT_RISK
    series_10_20_30.target_value = 70
    assert series_10_20_30.progress(on=D(2024, 1, 15)).status == ProgressStatus.OFF_TRACK


@pytest.mark.django_db
def test_no_value_since_the_baseline_means_no_data():
    indicator = IndicatorFactory(baseline_value=Decimal("5"), target_value=Decimal("50"))
    ValueFactory(indicator=indicator, period_end=D(2020, 12, 31), number=5, approved=True)
    progress = indicator.progress(on=D(2022, 1, 1))
    assert progress.status == ProgressStatus.NO_DATA
    assert progress.latest.number == Decimal("5")
    assert progress.projection is None


@pytest.mark.django_db
def test_a_single_value_without_a_baseline_means_no_data():
    indicator = IndicatorFactory(baseline_value=None, baseline_date=None)
    ValueFactory(indicator=indicator, number=10, approved=True)
    assert indicator.progress().status == ProgressStatus.NO_DATA


@pytest.mark.django_db
def test_one_value_after_the_baseline_draws_the_line_from_the_baseline():
    indicator = IndicatorFactory(baseline_value=Decimal("0"), target_value=Decimal("100"))
    ValueFactory(indicator=indicator, period_end=D(2021, 12, 31), number=20, approved=True)
    progress = indicator.progress(on=D(2022, 1, 1))
    assert progress.projection == Decimal("100.00")
    assert progress.status == ProgressStatus.ON_TRACK


@pytest.mark.django_db
def test_a_cumulative_indicator_adds_its_periods_to_the_baseline():
    indicator = IndicatorFactory(
        is_cumulative=True, baseline_value=Decimal("0"), target_value=Decimal("500")
    )
    for year in (2021, 2022, 2023):
        ValueFactory(indicator=indicator, period_end=D(year, 12, 31), number=100, approved=True)
    progress = indicator.progress(on=D(2024, 1, 1))
    assert progress.latest == Point(D(2023, 12, 31), Decimal("300"))
    assert progress.percent == Decimal("60.00")
    assert progress.projection == Decimal("500.00")
    assert progress.status == ProgressStatus.ON_TRACK


@pytest.mark.django_db
def test_a_cumulative_indicator_without_a_baseline_starts_from_zero_on_the_plans_eve():
    indicator = IndicatorFactory(
        is_cumulative=True, baseline_value=None, baseline_date=None, target_value=Decimal("500")
    )
    ValueFactory(indicator=indicator, period_end=D(2021, 12, 31), number=100, approved=True)
    assert indicator.start_point() == Point(D(2020, 12, 31), 0)
    assert indicator.progress(on=D(2022, 1, 1)).projection == Decimal("500.00")


@pytest.mark.django_db
def test_the_expected_value_passes_through_the_per_period_targets():
    indicator = IndicatorFactory(baseline_value=Decimal("0"), target_value=Decimal("100"))
    TargetFactory(indicator=indicator, period_end=D(2021, 12, 31), number=Decimal("60"))
    assert indicator.progress(on=D(2021, 12, 31)).expected == Decimal("60.00")
    assert indicator.progress(on=D(2023, 12, 31)).expected == Decimal("80.00")


@pytest.mark.django_db
def test_a_qualitative_indicator_has_no_numeric_status():
    indicator = IndicatorFactory(
        unit=Indicator.Unit.QUALITATIVE, baseline_value=None, baseline_date=None, target_value=None
    )
    ValueFactory(indicator=indicator, number=None, narrative="Adopted.", approved=True)
    assert indicator.progress().status == ProgressStatus.NO_DATA


def test_periods_are_calendar_years_and_quarters():
    assert periods.period_containing("annual", D(2024, 5, 6)) == (D(2024, 1, 1), D(2024, 12, 31))
    assert periods.period_containing("quarterly", D(2024, 5, 6)) == (D(2024, 4, 1), D(2024, 6, 30))
    assert periods.previous_period("quarterly", D(2024, 1, 2)) == (D(2023, 10, 1), D(2023, 12, 31))
    assert periods.label(D(2024, 4, 1), D(2024, 6, 30)) == "2024 Q2"
    assert periods.label(D(2018, 1, 1), D(2020, 12, 31)) == "2018-2020"
