"""Money is a Decimal amount with an ISO 4217 currency code. Amounts are rounded half-up to
the currency's minor unit, taken from CLDR through babel, except where the network invoices
with fewer decimals than ISO 4217 lists (see INVOICED_DIGITS)."""

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, get_currency_precision, list_currencies
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The rupiah's ISO 4217 minor unit is 2, but sen have not circulated for decades and invoices
# and bank transfers in Indonesia carry whole rupiah (CLDR's cash digits for IDR are 0).
INVOICED_DIGITS = {"IDR": 0}
CURRENCIES = sorted(list_currencies())
# Every stored amount of money (fees, invoices, payments, budgets, spending).
MONEY = {"max_digits": 16, "decimal_places": 3}


def minor_digits(currency):
    return INVOICED_DIGITS.get(currency, get_currency_precision(currency))


def round_money(amount, currency):
    """`amount` rounded half-up to `currency`'s minor unit."""
    exponent = Decimal(1).scaleb(-minor_digits(currency))
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount, currency, locale="en"):
    locale = {"zh-hans": "zh_Hans_CN", "id": "id_ID"}.get(locale, locale)
    digits = minor_digits(currency)
    pattern = "¤#,##0" + ("." + "0" * digits if digits else "")
    return format_currency(
        round_money(amount, currency),
        currency,
        format=pattern,
        locale=locale,
        currency_digits=False,
    )


def is_currency(code):
    return code in CURRENCIES


def validate_currency(code):
    if not is_currency(code):
        raise ValidationError(
            _("“%(code)s” is not an ISO 4217 currency code."), params={"code": code}
        )
