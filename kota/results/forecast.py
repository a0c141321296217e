"""Progress and forecast of one indicator, from its numbers alone (no database here).

Time is measured in months: `month_index(day)` counts months up to the end of `day`, so the
last day of every month is a whole number and annual or quarterly periods, which end on month
ends, are evenly spaced whatever the length of the months and years in between.

The rules, applied by `assess()`:

- **Starting point**: the indicator's baseline (value and date); the caller supplies it (see
  `Indicator.start_point()` for the fallbacks when no baseline is set).
- **Latest value**: the most recent counted value, of any date (counted = approved: entered
  and approved, computed snapshots, values recorded from a source document).
- **Progress** from the start to the target, in percent: the change achieved by the latest
  value divided by the change needed, both measured in the indicator's direction (for "lower
  is better" a fall is progress). Not clipped: below 0 means worse than the start, above 100
  means beyond the target. When the target needs no change, 100 if the latest value is at
  least as good as the target, else 0.
- **Expected value by now**: read on the straight line from the starting point to the target
  at the plan's end, passing through any per-period targets (milestones) in between; before
  the start it is the start value, after the plan's end the target.
- **Projection** to the plan's end: the ordinary least-squares line y = a + b * month through
  the starting point and every value dated after it (each point weighted equally), read at
  the plan's end. At least two points on different days are needed, else there is none.
- **Status**, from the share of the needed change the projection reaches:
  share >= 1 (the projection reaches the target): on track;
  0.8 <= share < 1: at risk;
  share < 0.8: off track.
  When the target needs no change, on track if the projection is at least as good as the
  target, else off track.
  **No data** when there is fewer than one value after the starting point (so no trend can be
  drawn), or no target, or no starting point, or no number at all (a qualitative indicator).
"""

import calendar
import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _

ON_TRACK_SHARE = Decimal("1")
AT_RISK_SHARE = Decimal("0.8")
CENT = Decimal("0.01")


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


class ProgressStatus(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OFF_TRACK = "off_track", _("Off track")
    NO_DATA = "no_data", _("No data")


class Point(NamedTuple):
    day: datetime.date
    number: Decimal


def month_index(day):
    """Months from year 0 to the end of `day`: 2023-12-31 is 2024 * 12, 2023-06-30 is
    2023 * 12 + 6, and days inside a month are fractions of it."""
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    return Decimal(day.year * 12 + day.month - 1) + Decimal(day.day) / Decimal(days_in_month)


def _round(number):
    return None if number is None else number.quantize(CENT)


def least_squares(points):
    """(intercept, slope) of the ordinary least-squares line through `points`, with x the
    month index; None when the points do not span two different days."""
    if len({point.day for point in points}) < 2:
        return None
    xs = [month_index(point.day) for point in points]
    ys = [Decimal(point.number) for point in points]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    return mean_y - slope * mean_x, slope


def project(points, day):
    """The least-squares line through `points`, read at `day` (None with too few points)."""
    line = least_squares(points)
    if line is None:
        return None
    intercept, slope = line
    return _round(intercept + slope * month_index(day))


def interpolate(path, day):
    """The value on the broken line through `path` (points, any order) at `day`; flat
    before the first point and after the last."""
    path = sorted(path)
    if not path:
        return None
    if day <= path[0].day:
        return _round(Decimal(path[0].number))
    for before, after in zip(path, path[1:], strict=False):
        if day <= after.day:
            span = month_index(after.day) - month_index(before.day)
            if not span:
                return _round(Decimal(after.number))
            elapsed = month_index(day) - month_index(before.day)
            return _round(before.number + (after.number - before.number) * elapsed / span)
    return _round(Decimal(path[-1].number))


def _sign(direction):
    return -1 if direction == Direction.LOWER else 1


def progress_percent(start, target, latest, direction):
    """Share of the change from `start` to `target` that `latest` achieved, in percent."""
    if start is None or target is None or latest is None:
        return None
    sign = _sign(direction)
    needed = (target - start) * sign
    if needed <= 0:
        return Decimal(100) if (latest - target) * sign >= 0 else Decimal(0)
    return _round((latest - start) * sign * 100 / needed)


def rate(start, target, projection, direction):
    """The status of a projection against the target (see the module docstring)."""
    if start is None or target is None or projection is None:
        return ProgressStatus.NO_DATA
    sign = _sign(direction)
    needed = (target - start) * sign
    if needed <= 0:
        reached = (projection - target) * sign >= 0
        return ProgressStatus.ON_TRACK if reached else ProgressStatus.OFF_TRACK
    share = (projection - start) * sign / needed
    if share >= ON_TRACK_SHARE:
        return ProgressStatus.ON_TRACK
    if share >= AT_RISK_SHARE:
        return ProgressStatus.AT_RISK
    return ProgressStatus.OFF_TRACK


@dataclass(frozen=True)
class Progress:
    latest: Point | None
    start: Point | None
    target: Decimal | None
    percent: Decimal | None
    expected: Decimal | None
    projection: Decimal | None
    status: str

    @property
    def has_data(self):
        return self.status != ProgressStatus.NO_DATA


NO_PROGRESS = Progress(None, None, None, None, None, None, ProgressStatus.NO_DATA)


def assess(*, series, start, target, plan_end, direction, on, milestones=()):
    """Progress of one indicator on `on` (see the module docstring for every rule).

    series: the counted values as Points, oldest first (running totals for a cumulative
    indicator); start: the starting Point or None; target: the number to reach at
    `plan_end`, or None; milestones: Points of the per-period targets."""
    latest = series[-1] if series else None
    if start is None:
        return Progress(latest, None, target, None, None, None, ProgressStatus.NO_DATA)
    since_start = [point for point in series if point.day > start.day]
    trend = [start, *since_start]
    projection = project(trend, plan_end) if since_start else None
    expected = None
    if target is not None:
        path = [start, *(m for m in milestones if start.day < m.day < plan_end)]
        expected = interpolate([*path, Point(plan_end, target)], on)
    return Progress(
        latest=latest,
        start=start,
        target=target,
        percent=progress_percent(
            start.number, target, latest.number if latest else None, direction
        ),
        expected=expected,
        projection=projection,
        status=rate(start.number, target, projection, direction),
    )
