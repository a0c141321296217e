from decimal import Decimal

import pytest
from django.utils import translation

from kota.dues.forms import PaymentForm
from kota.lib.money import CURRENCIES, currency_choices, format_money, is_currency


def test_the_currencies_offered_are_todays_iso_4217_money_the_common_ones_first():
    assert {"USD", "EUR", "IDR", "CNY", "XPF", "FJD", "PGK", "TOP", "WST"} <= set(CURRENCIES)
    for gone in ("DEM", "FRF", "ITL", "YUM", "XAU", "XTS", "XXX", "BOV"):
        assert gone not in CURRENCIES
        assert not is_currency(gone)
    (_common, first), (_all, rest) = currency_choices()
    assert [code for code, _label in first][:3] == ["USD", "EUR", "IDR"]
    codes = [code for code, _label in first + rest]
    assert sorted(codes) == CURRENCIES and len(codes) == len(set(codes))


def test_each_currency_is_named_in_the_readers_language():
    with translation.override("id"):
        html = str(PaymentForm()["currency"])
    assert "IDR · Rupiah Indonesia" in html
    with translation.override("zh-hans"):
        html = str(PaymentForm()["currency"])
    assert "CNY · 人民币" in html


def test_a_payment_form_refuses_a_withdrawn_currency():
    form = PaymentForm(
        {"amount": "10", "currency": "DEM", "paid_on": "2026-02-01", "method": "cash"}
    )
    assert not form.is_valid()
    assert "currency" in form.errors


@pytest.mark.parametrize(
    ("amount", "currency", "language", "exact", "text"),
    [
        ("999999", "USD", "en", False, "$999,999.00"),
        ("2000", "USD", "id", False, "US$2.000,00"),
        ("0.004", "USD", "en", True, "$0.004"),
        ("0.004", "USD", "en", False, "$0.00"),
        ("1234567", "IDR", "id", False, "Rp1.234.567"),
        ("1234.5", "CNY", "zh-hans", False, "¥1,234.50"),
    ],
)
def test_money_is_written_as_money(amount, currency, language, exact, text):
    assert format_money(Decimal(amount), currency, language, exact=exact) == text
