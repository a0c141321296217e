"""Reporting periods: calendar years and calendar quarters, each a (first day, last day) pair."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    ANNUAL = "annual", _("Annual")
    QUARTERLY = "quarterly", _("Quarterly")


MONTHS_PER_PERIOD = {Frequency.ANNUAL: 12, Frequency.QUARTERLY: 3}


def _last_day(year, month):
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def period_containing(frequency, day):
    """The (start, end) of the period of `frequency` that contains `day`."""
    months = MONTHS_PER_PERIOD[Frequency(frequency)]
    first_month = (day.month - 1) // months * months + 1
    return (
        datetime.date(day.year, first_month, 1),
        _last_day(day.year, first_month + months - 1),
    )


def previous_period(frequency, day):
    """The last period of `frequency` that was complete on `day` (the one before `day`'s)."""
    start, _end = period_containing(frequency, day)
    return period_containing(frequency, start - datetime.timedelta(days=1))


def periods_between(frequency, first_day, last_day):
    """Every period of `frequency` that overlaps [first_day, last_day], oldest first."""
    periods = []
    start, end = period_containing(frequency, first_day)
    while start <= last_day:
        periods.append((start, end))
        start, end = period_containing(frequency, end + datetime.timedelta(days=1))
    return periods


def is_period(frequency, start, end):
    """Whether [start, end] is exactly one period of `frequency`."""
    return period_containing(frequency, start) == (start, end)


def label(start, end):
    """A short human label: "2023", "2023 Q2", or "2018-2020" for a span of whole years."""
    if start.month == 1 and start.day == 1 and (end.month, end.day) == (12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    if start.year == end.year and (start.month - 1) % 3 == 0 and end.month == start.month + 2:
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return f"{start.isoformat()} - {end.isoformat()}"
