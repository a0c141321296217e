"""Measures the results app computes from projects (see kota/lib/measures.py).

A plan KPI fed by projects names the measure "projects.indicator_actuals" with the tag its
project indicators carry in `feeds` (measure_params {"feeds": "officials-trained"}). The
measure sums the actuals of every such indicator whose period ends in the KPI's period; when
they are all broken down by sex and age group, it gives their cells too, so the KPI keeps the
disaggregation from the project to the plan."""

from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from kota.lib.measures import Breakdown, register
from kota.projects.models import ActualCell, IndicatorPeriod


@register("projects.indicator_actuals", label=_("Project indicator actuals (by their tag)"))
def indicator_actuals(start, end, *, feeds):
    periods = IndicatorPeriod.objects.filter(
        indicator__feeds=feeds, period_end__gte=start, period_end__lte=end, actual__isnull=False
    )
    if not periods.exists():
        return None
    plain = periods.filter(indicator__is_disaggregated=False)
    if plain.exists():
        return periods.aggregate(total=Sum("actual"))["total"]
    cells = (
        ActualCell.objects.filter(period__in=periods)
        .order_by()
        .values("sex", "age_group")
        .annotate(total=Sum("number"))
    )
    return Breakdown(
        {(("age", row["age_group"]), ("sex", row["sex"])): Decimal(row["total"]) for row in cells}
    )
