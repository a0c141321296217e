"""Plans, their tree, indicators with progress, one indicator's values and cells (work plans:
kota/api/workplans.py). Callers see what the pages show them: staff and board members
everything, anyone else the public indicators and their approved values."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from kota.api.results_schemas import (
    IndicatorDetailOut,
    IndicatorOut,
    PlanOut,
    PlanTreeOut,
)
from kota.api.schemas import INVALID, NOT_FOUND
from kota.results.models import Indicator, Plan, Value
from kota.results.models.disaggregation import parse_cell_key

router = Router(tags=["results"])


def _plan_out(plan):
    return {
        "slug": plan.slug,
        "title": plan.title,
        "starts_on": plan.starts_on,
        "ends_on": plan.ends_on,
        "url": reverse("results:dashboard", args=[plan.slug]),
    }


def _point(point):
    return None if point is None else {"day": point.day, "number": point.number}


def _indicator_out(indicator, on):
    progress = indicator.progress(on)
    return {
        **{
            field: getattr(indicator, field)
            for field in [
                "code",
                "name",
                "unit",
                "currency",
                "direction",
                "frequency",
                "source",
                "is_cumulative",
                "is_public",
                "sdg_indicator",
                "baseline_value",
                "baseline_date",
                "target_value",
            ]
        },
        "goals": [goal.code for goal in indicator.goals()],
        "strategies": [strategy.code for strategy in indicator.strategies.all()],
        "activities": [activity.code for activity in indicator.activities.all()],
        "progress": {
            "latest": _point(progress.latest),
            "start": _point(progress.start),
            "percent": progress.percent,
            "expected": progress.expected,
            "projection": progress.projection,
            "status": progress.status,
        },
        "live_value": indicator.live_value(on) if indicator.is_computed else None,
        "url": reverse("results:indicator", args=[indicator.plan.slug, indicator.code]),
    }


@router.get("/plans", response=list[PlanOut], summary="Plans")
def list_plans(request):
    """Every strategic plan, the newest first."""
    return [_plan_out(plan) for plan in Plan.objects.order_by("-starts_on")]


@router.get("/plans/{slug}", response={200: PlanTreeOut, **NOT_FOUND}, summary="A plan's tree")
def plan_tree(request, slug: str):
    """A plan with its strategic goals, their strategies and their activities, in order."""
    plan = get_object_or_404(Plan, slug=slug)
    goals = plan.goals.with_tree()
    return {
        **_plan_out(plan),
        "description": plan.description,
        "goals": [
            {
                "code": goal.code,
                "title": goal.title,
                "text": goal.text,
                "strategies": [
                    {
                        "code": strategy.code,
                        "title": strategy.title,
                        "text": strategy.text,
                        "activities": [
                            {"code": a.code, "title": a.title, "text": a.text}
                            for a in strategy.activities.all()
                        ],
                    }
                    for strategy in goal.strategies.all()
                ],
            }
            for goal in goals
        ],
    }


class IndicatorFilters(Schema):
    goal: str | None = Field(None, max_length=20, description="only those serving this goal")


@router.get(
    "/plans/{slug}/indicators",
    response={200: list[IndicatorOut], **NOT_FOUND, **INVALID},
    summary="A plan's indicators with progress",
)
def list_indicators(request, slug: str, filters: Query[IndicatorFilters]):
    """The indicators of a plan the caller may see, each with its latest counted value,
    progress, expected value, projection and status (kota/results/forecast.py), and for a
    computed indicator its live value for the current period."""
    plan = get_object_or_404(Plan, slug=slug)
    on = timezone.localdate()
    indicators = Indicator.objects.visible_to(request.user).for_dashboard(plan)
    rows = [_indicator_out(indicator, on) for indicator in indicators]
    if filters.goal:
        rows = [row for row in rows if filters.goal in row["goals"]]
    return rows


def _value_out(value):
    return {
        "period": value.period_label,
        "period_start": value.period_start,
        "period_end": value.period_end,
        "status": value.status,
        "origin": value.origin,
        "number": value.number,
        "narrative": value.narrative,
        "source": value.source,
        "cells": [
            {"key": cell.key, "categories": parse_cell_key(cell.key), "number": cell.number}
            for cell in value.cells.all()
        ],
    }


@router.get(
    "/plans/{slug}/indicators/{code}",
    response={200: IndicatorDetailOut, **NOT_FOUND},
    summary="One indicator with its values and their cells",
)
def get_indicator(request, slug: str, code: str):
    """An indicator with its dimensions, per-period targets and the values the caller may
    see, each with the cells of its breakdown."""
    plan = get_object_or_404(Plan, slug=slug)
    indicators = (
        Indicator.objects.visible_to(request.user)
        .for_dashboard(plan)
        .prefetch_related("dimensions__categories")
    )
    indicator = get_object_or_404(indicators, code=code)
    values = Value.objects.with_cells_visible_to(request.user).filter(indicator=indicator)
    return {
        **_indicator_out(indicator, timezone.localdate()),
        "definition": indicator.definition,
        "dimensions": [
            {
                "code": d.code,
                "name": d.name,
                "categories": [{"code": c.code, "name": c.name} for c in d.categories.all()],
            }
            for d in indicator.dimensions.all()
        ],
        "targets": [
            {"period_end": t.period_end, "number": t.number, "note": t.note}
            for t in indicator.targets.all()
        ],
        "values": [_value_out(value) for value in values],
    }
