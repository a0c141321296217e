"""Numbers of indicators as people read them: 12.5%, 1,234, $1,000.00."""

from decimal import Decimal

from django import template
from django.utils import translation

from kota.lib.money import format_money
from kota.results.forecast import ProgressStatus

register = template.Library()
CENT = Decimal("0.01")


def format_number(number, unit="", currency=""):
    """`number` for `unit`: a percent with one or two decimals and a % sign, money in its
    currency, anything else without trailing zeros and with thousands separated."""
    if number is None:
        return "—"
    number = Decimal(number)
    if unit == "percent":
        text = f"{number.quantize(CENT).normalize():f}"
        return (text if "." in text else f"{text}.0") + "%"
    if unit == "money" and currency:
        return format_money(number, currency, translation.get_language() or "en")
    return f"{number.normalize():,f}"


@register.filter
def kpi(number, indicator):
    """{{ value.number|kpi:indicator }}"""
    return format_number(number, indicator.unit, indicator.currency)


@register.filter
def progress_label(status):
    return ProgressStatus(status).label if status in ProgressStatus.values else status


@register.filter
def get(mapping, key):
    return mapping.get(key) if mapping else None
