"""The large scale: a million disaggregated numbers (cells) for benchmarks. Indicators of the
Manifesto that are not public, each broken down by sex, age group and country, with approved
quarterly values 2021-2025; written with bulk_create in batches, so no history is kept for
them (they are benchmark data, not records anyone entered)."""

import datetime
import itertools
from decimal import Decimal

from kota.core.models import Country
from kota.results import periods
from kota.results.models import Category, Cell, Dimension, Indicator, Strategy, Value
from kota.results.models.disaggregation import cell_key

CELLS = 1_000_000
COUNTRIES = 50
AGES = ["0-17", "18-29", "30-44", "45-59", "60-plus"]
BATCH = 10_000
PREFIX = "BENCH-"


def build_benchmark(rng, plan, cells=CELLS):
    """Indicators and values holding `cells` cells in all. Returns (indicators, values, cells)."""
    countries = list(
        Country.objects.asia_pacific().order_by("code").values_list("code", flat=True)[:COUNTRIES]
    )
    quarters = periods.periods_between(Indicator.Frequency.QUARTERLY, plan.starts_on, plan.ends_on)
    axes = [("sex", ["female", "male"]), ("age", AGES), ("country", countries)]
    keys = [
        cell_key(dict(zip([name for name, _c in axes], combination, strict=True)))
        for combination in itertools.product(*(codes for _name, codes in axes))
    ]
    per_indicator = len(keys) * len(quarters)
    count = -(-cells // per_indicator)
    strategies = list(Strategy.objects.filter(goal__plan=plan))
    written = {"values": 0, "cells": 0}
    pending = []
    for n in range(count):
        indicator = Indicator.objects.create(
            plan=plan,
            code=f"{PREFIX}{n + 1:03d}",
            name=f"Benchmark indicator {n + 1}",
            unit=Indicator.Unit.COUNT,
            frequency=Indicator.Frequency.QUARTERLY,
            is_cumulative=True,
            baseline_value=Decimal(0),
            baseline_date=plan.starts_on - datetime.timedelta(days=1),
            target_value=Decimal(len(keys) * 100),
            position=1000 + n,
        )
        indicator.strategies.add(strategies[n % len(strategies)])
        for position, (code, categories) in enumerate(axes):
            dimension = Dimension.objects.create(
                indicator=indicator, code=code, name=code.title(), position=position
            )
            Category.objects.bulk_create(
                Category(dimension=dimension, code=c, name=c, position=p)
                for p, c in enumerate(categories)
            )
        left = cells - written["cells"] - len(pending)
        values, numbers_of = [], []
        for start, end in quarters:
            if left <= 0:
                break
            numbers = [rng.randint(0, 9) for _key in keys[:left]]
            left -= len(numbers)
            numbers_of.append(numbers)
            values.append(
                Value(
                    indicator=indicator,
                    period_start=start,
                    period_end=end,
                    number=sum(numbers),
                    origin=Value.Origin.ENTERED,
                    status=Value.Status.APPROVED,
                )
            )
        Value.objects.bulk_create(values)
        written["values"] += len(values)
        for value, numbers in zip(values, numbers_of, strict=True):
            pending.extend(
                Cell(value_id=value.pk, key=key, number=number)
                for key, number in zip(keys, numbers, strict=False)
            )
            if len(pending) >= BATCH:
                Cell.objects.bulk_create(pending, batch_size=BATCH)
                written["cells"] += len(pending)
                pending = []
    if pending:
        Cell.objects.bulk_create(pending, batch_size=BATCH)
        written["cells"] += len(pending)
    return count, written["values"], written["cells"]
