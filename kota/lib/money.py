"""Money is a Decimal amount with an ISO 4217 currency code. Amounts are rounded half-up to
the currency's minor unit, taken from CLDR through babel, except where the network invoices
with fewer decimals than ISO 4217 lists (see INVOICED_DIGITS)."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

import pycountry
from babel.core import get_global
from babel.numbers import (
    format_currency,
    get_currency_name,
    get_currency_precision,
    get_territory_currencies,
)
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The rupiah's ISO 4217 minor unit is 2, but sen have not circulated for decades and invoices
# and bank transfers in Indonesia carry whole rupiah (CLDR's cash digits for IDR are 0).
INVOICED_DIGITS = {"IDR": 0}


def _current_currencies():
    """ISO 4217's current codes (pycountry) that some territory uses as money today (CLDR,
    through babel): no withdrawn currency (DEM, FRF), fund or precious metal (XAU)."""
    today = datetime.date.today()
    tender = {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, today, tender=True)
    }
    return sorted({currency.alpha_3 for currency in pycountry.currencies} & tender)


CURRENCIES = _current_currencies()
# Offered first: the dollar and the euro, in which the network invoices and budgets, then the
# currencies of the section's larger members' countries.
COMMON_CURRENCIES = [
    "USD", "EUR", "IDR", "CNY", "JPY", "KRW", "INR", "PHP", "MYR", "THB", "VND", "AUD", "NZD",
]  # fmt: skip
# Babel's names of Kota's languages.
LOCALES = {"zh-hans": "zh_Hans_CN", "id": "id_ID"}
# Every stored amount of money (fees, invoices, payments, budgets, spending).
MONEY = {"max_digits": 16, "decimal_places": 3}


def minor_digits(currency):
    return INVOICED_DIGITS.get(currency, get_currency_precision(currency))


def round_money(amount, currency):
    """`amount` rounded half-up to `currency`'s minor unit."""
    exponent = Decimal(1).scaleb(-minor_digits(currency))
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount, currency, locale="en", exact=False):
    """`amount` in `currency` as `locale` writes money, rounded to the currency's unit; with
    `exact`, the digits beyond it are kept (0.004 USD is $0.004, to say what was refused)."""
    locale = LOCALES.get(locale, locale)
    digits = minor_digits(currency)
    pattern = "¤#,##0" + ("." + "0" * digits if digits else "")
    if exact:
        amount = Decimal(amount)
        extra = max(0, -amount.normalize().as_tuple().exponent - digits)
        pattern += ("" if digits else ".") + "#" * extra if extra else ""
    else:
        amount = round_money(amount, currency)
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)


def money_text(amount, currency, exact=False):
    """`amount` in `currency` for a message in the reader's language (the active one)."""
    return format_money(amount, currency, translation.get_language() or "en", exact=exact)


def is_currency(code):
    return code in CURRENCIES


def currency_choices():
    """The currencies for a form's select, the common ones first, each with its name in the
    reader's language (a callable, so that each form renders in its request's language)."""
    language = translation.get_language() or "en"
    locale = LOCALES.get(language, language)

    def choice(code):
        return code, f"{code} · {get_currency_name(code, locale=locale)}"

    return [
        (_("Common"), [choice(code) for code in COMMON_CURRENCIES]),
        (_("All"), [choice(code) for code in CURRENCIES if code not in COMMON_CURRENCIES]),
    ]


def validate_currency(code):
    if not is_currency(code):
        raise ValidationError(
            _("“%(code)s” is not a current ISO 4217 currency code."), params={"code": code}
        )
