import datetime
from decimal import Decimal

import pytest

from kota.lib import measures
from kota.lib.measures import Breakdown
from kota.projects.factories import IndicatorFactory
from kota.projects.tests.test_rules import CELLS

pytestmark = pytest.mark.django_db
YEAR = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))


def test_project_indicators_feed_a_plan_kpi_with_their_cells():
    first = IndicatorFactory(feeds="officials-trained")
    second = IndicatorFactory(feeds="officials-trained")
    IndicatorFactory(feeds="something-else").record_period(*YEAR, actual=30, cells=CELLS)
    first.record_period(*YEAR, actual=30, cells=CELLS)
    second.record_period(*YEAR, actual=31, cells=CELLS | {("male", "60-plus"): 2})
    result = measures.get("projects.indicator_actuals")(*YEAR, feeds="officials-trained")
    assert isinstance(result, Breakdown)
    assert result.total == Decimal(61)
    assert result.by("sex") == {(("sex", "female"),): Decimal(32), (("sex", "male"),): Decimal(29)}


def test_a_plain_indicator_feeds_its_number_and_an_empty_period_gives_none():
    IndicatorFactory(feeds="cities", is_disaggregated=False).record_period(*YEAR, actual=12)
    measure = measures.get("projects.indicator_actuals")
    assert measure(*YEAR, feeds="cities") == Decimal(12)
    assert measure(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), feeds="cities") is None


def test_a_plan_kpi_computed_from_project_indicators_stores_their_cells():
    from kota.results.factories import DimensionFactory
    from kota.results.factories import IndicatorFactory as KpiFactory
    from kota.results.models import Indicator

    kpi = KpiFactory(
        code="KPI-P",
        source=Indicator.Source.COMPUTED,
        measure="projects.indicator_actuals",
        measure_params={"feeds": "officials-trained"},
    )
    DimensionFactory(indicator=kpi, code="sex", categories=["female", "male"])
    DimensionFactory(indicator=kpi, code="age", categories=["under-25", "25-59", "60-plus"])
    IndicatorFactory(feeds="officials-trained").record_period(*YEAR, actual=30, cells=CELLS)
    assert kpi.snapshot(*YEAR) == "created"
    value = kpi.values.get()
    assert value.number == Decimal(30)
    assert value.cell_numbers()["age=25-59;sex=female"] == Decimal(10)
    assert sum(value.cell_numbers().values()) == value.number
