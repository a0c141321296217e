import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kota.lib import measures
from kota.results.factories import DimensionFactory, IndicatorFactory, ValueFactory
from kota.results.models import Indicator, Value

pytestmark = pytest.mark.django_db


@pytest.fixture
def trained():
    """People trained, by sex x age group."""
    indicator = IndicatorFactory(name="Local officials trained")
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    DimensionFactory(
        indicator=indicator, code="age", name="Age group", categories=["under-35", "35-plus"]
    )
    return indicator


def full_cross_tab():
    return {
        ("female", "under-35"): 12,
        ("female", "35-plus"): "8",
        ("male", "under-35"): Decimal("5"),
        ("male", "35-plus"): 0,
    }


def test_the_total_of_a_disaggregated_value_is_the_sum_of_its_cells(trained):
    value = ValueFactory(indicator=trained, number=None)
    value.set_cells(full_cross_tab())
    value.refresh_from_db()
    assert value.number == Decimal("25")
    assert value.cell_numbers() == {
        "age=35-plus;sex=female": Decimal("8"),
        "age=35-plus;sex=male": Decimal("0"),
        "age=under-35;sex=female": Decimal("12"),
        "age=under-35;sex=male": Decimal("5"),
    }


def test_a_total_entered_separately_is_replaced_by_the_sum_of_the_cells(trained):
    value = ValueFactory(indicator=trained, number=Decimal("999"))
    assert value.number is None  # no cells yet, so no total
    value.set_cells(full_cross_tab())
    value.number = Decimal("999")
    value.save()
    value.refresh_from_db()
    assert value.number == Decimal("25")


def test_entering_the_cells_again_updates_them_and_the_total(trained):
    value = ValueFactory(indicator=trained)
    value.set_cells(full_cross_tab())
    value.set_cells({**full_cross_tab(), ("male", "35-plus"): 10})
    value.refresh_from_db()
    assert value.number == Decimal("35")
    assert value.cells.count() == 4


def test_a_cell_with_an_unknown_category_is_rejected(trained):
    value = ValueFactory(indicator=trained)
    cells = {**full_cross_tab(), ("other", "under-35"): 1}
    with pytest.raises(ValidationError, match="other is not a category of Sex"):
        value.set_cells(cells)
    assert not value.cells.exists()


def test_a_missing_combination_is_an_error_not_a_zero(trained):
    value = ValueFactory(indicator=trained)
    cells = full_cross_tab()
    del cells[("male", "35-plus")]
    with pytest.raises(ValidationError, match=r"Missing combinations .*age=35-plus;sex=male"):
        value.set_cells(cells)


def test_a_cell_must_name_one_category_per_dimension(trained):
    with pytest.raises(ValidationError, match="give one category for each of Sex, Age group"):
        trained.read_cells({("female",): 1})


def test_a_cell_must_hold_a_number(trained):
    with pytest.raises(ValidationError, match="is not a number"):
        trained.read_cells({**full_cross_tab(), ("male", "35-plus"): "many"})


def test_cells_can_be_named_by_dimension(trained):
    cells = [({"age": age, "sex": sex}, n) for (sex, age), n in full_cross_tab().items()]
    assert sum(trained.read_cells(cells).values()) == Decimal("25")


def test_a_single_dimension_takes_bare_category_codes():
    indicator = IndicatorFactory()
    DimensionFactory(indicator=indicator, code="country", name="Country", categories=["id", "ph"])
    value = ValueFactory(indicator=indicator)
    value.set_cells({"id": 3, "ph": 4})
    assert Value.objects.get(pk=value.pk).number == Decimal("7")


def test_an_indicator_without_dimensions_takes_no_cells():
    with pytest.raises(ValidationError, match="not disaggregated"):
        IndicatorFactory().read_cells({"x": 1})


def test_a_qualitative_indicator_is_not_broken_down(db):
    indicator = IndicatorFactory(unit=Indicator.Unit.QUALITATIVE)
    dimension = DimensionFactory.build(indicator=indicator)
    with pytest.raises(ValidationError):
        dimension.clean()


# A measure that gives its number by category, as events.participants does.
COUNTED = {}


@measures.register("tests.counted_people", label="People counted by sex and age")
def counted_people(start, end):
    return measures.Breakdown(dict(COUNTED))


def computed_by_sex_and_age():
    indicator = IndicatorFactory(
        source=Indicator.Source.COMPUTED, measure="tests.counted_people", frequency="annual"
    )
    DimensionFactory(indicator=indicator, code="sex", categories=["female", "male"])
    DimensionFactory(indicator=indicator, code="age", categories=["young", "old"])
    return indicator


def test_a_computed_breakdown_is_stored_as_cells_that_add_up(db):
    COUNTED.clear()
    COUNTED.update(
        {
            (("age", "young"), ("sex", "female")): Decimal(3),
            (("age", "old"), ("sex", "female")): Decimal(2),
            (("age", "old"), ("sex", "male")): Decimal(4),
        }
    )
    indicator = computed_by_sex_and_age()
    start, end = datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)

    assert indicator.snapshot(start, end) == "created"

    value = indicator.values.get()
    cells = {cell.key: cell.number for cell in value.cells.all()}
    assert cells == {
        "age=old;sex=female": 2,
        "age=old;sex=male": 4,
        "age=young;sex=female": 3,
        "age=young;sex=male": 0,
    }
    assert value.number == sum(cells.values()) == 9
    assert indicator.live_value(datetime.date(2024, 6, 1)) == 9

    COUNTED[(("age", "young"), ("sex", "male"))] = Decimal(1)
    assert indicator.snapshot(start, end) == "updated"
    value.refresh_from_db()
    assert value.number == 10
    assert value.cells.get(key="age=young;sex=male").number == 1
    assert indicator.snapshot(start, end) == "unchanged"


def test_a_breakdown_naming_a_category_the_indicator_lacks_is_refused(db):
    COUNTED.clear()
    COUNTED[(("age", "young"), ("sex", "another"))] = Decimal(1)
    indicator = computed_by_sex_and_age()
    with pytest.raises(ValueError, match="sex=another"):
        indicator.snapshot(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    assert not indicator.values.exists()


def test_an_entered_value_covers_one_period_of_the_indicators_frequency():
    value = ValueFactory.build(
        indicator=IndicatorFactory(),
        period_start=datetime.date(2021, 1, 1),
        period_end=datetime.date(2021, 6, 30),
    )
    with pytest.raises(ValidationError, match="Give one annual period"):
        value.clean()
