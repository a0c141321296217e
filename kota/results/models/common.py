"""Shared by the results models: how numbers are stored and read, the workflow's errors, and
history that keeps reasons whole."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.workflow import InvalidTransition, NotAllowed  # noqa: F401 (re-exported)

# Every indicator number: counts, percents, scores and money up to 10^16 with 4 decimals.
NUMBER = {"max_digits": 20, "decimal_places": 4}


def to_decimal(number):
    """`number` as a Decimal (floats through their shortest repr); ValidationError if none."""
    if isinstance(number, Decimal):
        return number
    if isinstance(number, bool) or number is None:
        raise ValidationError(_("%(number)r is not a number.") % {"number": number})
    try:
        result = Decimal(str(number).strip())
    except InvalidOperation:
        raise ValidationError(_("%(number)r is not a number.") % {"number": number}) from None
    if not result.is_finite():
        raise ValidationError(_("%(number)r is not a number.") % {"number": number})
    return result


class ValueLocked(InvalidTransition):
    """The value is submitted or approved, so it cannot be edited."""


def history_with_reasons(**kwargs):
    # Reasons for returns and corrections can be long: keep them whole, on every database.
    return HistoricalRecords(history_change_reason_field=models.TextField(null=True), **kwargs)
