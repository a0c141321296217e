from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kota.results.factories import IndicatorFactory
from kota.results.models import Indicator

pytestmark = pytest.mark.django_db


def errors_of(indicator):
    with pytest.raises(ValidationError) as raised:
        indicator.full_clean()
    return raised.value.message_dict


def test_a_well_formed_indicator_is_valid():
    IndicatorFactory(sdg_indicator="11.3.2").full_clean()


def test_money_needs_an_iso_4217_currency():
    assert "currency" in errors_of(IndicatorFactory.build(unit=Indicator.Unit.MONEY))
    assert "currency" in errors_of(
        IndicatorFactory.build(unit=Indicator.Unit.MONEY, currency="XYZ")
    )
    IndicatorFactory(unit=Indicator.Unit.MONEY, currency="USD").full_clean()


def test_only_money_has_a_currency():
    assert "currency" in errors_of(IndicatorFactory.build(currency="USD"))


def test_the_sdg_indicator_is_a_code_like_11_3_2():
    assert "sdg_indicator" in errors_of(IndicatorFactory.build(sdg_indicator="SDG 11"))
    IndicatorFactory(sdg_indicator="1.a.1").full_clean()


def test_a_computed_indicator_needs_a_registered_measure():
    assert "measure" in errors_of(
        IndicatorFactory.build(source=Indicator.Source.COMPUTED, measure="nowhere.nothing")
    )
    IndicatorFactory(women_share=True).full_clean()


def test_a_manual_indicator_has_no_measure():
    assert "measure" in errors_of(IndicatorFactory.build(measure="governance.women_share"))


def test_a_target_worse_than_the_baseline_is_refused():
    assert "target_value" in errors_of(
        IndicatorFactory.build(baseline_value=Decimal("50"), target_value=Decimal("40"))
    )
    IndicatorFactory(
        direction=Indicator.Direction.LOWER,
        baseline_value=Decimal("50"),
        target_value=Decimal("40"),
    ).full_clean()


def test_a_qualitative_indicator_has_no_numbers():
    errors = errors_of(IndicatorFactory.build(unit=Indicator.Unit.QUALITATIVE))
    assert "unit" in errors
    IndicatorFactory(
        unit=Indicator.Unit.QUALITATIVE, baseline_value=None, baseline_date=None, target_value=None
    ).full_clean()


def test_public_indicators_are_listed_apart():
    shown = IndicatorFactory(is_public=True)
    IndicatorFactory(is_public=False)
    assert list(Indicator.objects.filter(plan=shown.plan).public()) == [shown]


def test_indicator_changes_are_kept_in_history():
    indicator = IndicatorFactory(target_value=Decimal("100"))
    indicator.target_value = Decimal("120")
    indicator.save()
    assert [h.target_value for h in indicator.history.all()] == [Decimal("120"), Decimal("100")]
