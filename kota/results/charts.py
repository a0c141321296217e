"""The data behind the charts (drawn by static/kota/results.js with ECharts)."""

from django.utils.translation import gettext as _

from kota.results import forecast
from kota.results.forecast import Point, ProgressStatus

STATUSES = [
    ProgressStatus.ON_TRACK,
    ProgressStatus.AT_RISK,
    ProgressStatus.OFF_TRACK,
    ProgressStatus.NO_DATA,
]


def _points(points):
    return [[point.day.isoformat(), float(point.number)] for point in points]


def indicator_chart(indicator, progress, *, live=None, on=None):
    """Actual (the counted values, running totals when cumulative), the planned path from the
    starting point through the per-period targets to the target at the plan's end, the
    targets themselves, the projection (the least-squares line of forecast.py from the start
    to the plan's end) and, for a computed indicator, the live value on `on`."""
    plan_end = indicator.plan.ends_on
    series = indicator.series()
    start, target = progress.start, progress.target
    milestones = indicator.milestones()
    planned, projection = [], []
    if start is not None and target is not None:
        inside = [m for m in milestones if start.day < m.day < plan_end]
        planned = _points([start, *inside, Point(plan_end, target)])
    targets = list(milestones)
    if target is not None:
        targets.append(Point(plan_end, target))
    if start is not None and progress.projection is not None:
        trend = [start, *(point for point in series if point.day > start.day)]
        begin = forecast.project(trend, start.day)
        projection = _points([Point(start.day, begin), Point(plan_end, progress.projection)])
    return {
        "percent": indicator.unit == indicator.Unit.PERCENT,
        "actual": _points(series),
        "planned": planned,
        "targets": _points(targets),
        "projection": projection,
        "live": _points([Point(on, live)]) if live is not None and on else [],
        "labels": {
            "actual": _("Actual"),
            "planned": _("Planned path"),
            "targets": _("Targets"),
            "projection": _("Projection"),
            "live": _("Live (this period so far)"),
        },
    }


def status_chart(goals, counts):
    """Stacked bars: the indicators of each goal by progress status."""
    return {
        "goals": [goal.code for goal in goals],
        "series": [
            {
                "status": str(status),
                "name": str(status.label),
                "data": [counts.get(goal, {}).get(status, 0) for goal in goals],
            }
            for status in STATUSES
        ],
    }
