"""Measures of city-to-city cooperation (see kota/lib/measures.py).

- Active cooperations, by kind: verified cooperations in force at the end of the period (a
  stock).
- Learning requests matched: requests introduced to a provider during the period.
- Practices replicated: learning requests whose latest outcome recorded in the period says the
  practice was replicated or adapted, each request counted once, by result.
- Share of solidarity needs met: of the needs posted in the period, those whose whole quantity
  was received, in percent.
"""

from decimal import Decimal

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from kota.cooperation.models import Cooperation, LearningRequest, Need, Outcome
from kota.lib.measures import Breakdown, register


@register("cooperation.active_by_kind", label=_("Active cooperations, by kind"))
def active_by_kind(start, end):
    active = Cooperation.objects.active(end).filter(started_on__lte=end)
    counts = active.order_by().values("kind").annotate(n=Count("pk"))
    return Breakdown({(("kind", row["kind"]),): Decimal(row["n"]) for row in counts})


@register("cooperation.requests_matched", label=_("Learning requests matched"))
def requests_matched(start, end):
    matched = LearningRequest.objects.filter(
        introduced_at__date__gte=start, introduced_at__date__lte=end
    )
    return Decimal(matched.count())


@register("cooperation.practices_replicated", label=_("Practices replicated"))
def practices_replicated(start, end):
    """Requests whose latest outcome, recorded between `start` and `end`, is a replication or
    an adaptation, by result ("result")."""
    outcomes = Outcome.objects.filter(
        recorded_at__date__gte=start, recorded_at__date__lte=end
    ).latest_per_request()
    counts = (
        outcomes.filter(result__in=Outcome.REPLICATION)
        .order_by()
        .values("result")
        .annotate(n=Count("request", distinct=True))
    )
    return Breakdown({(("result", row["result"]),): Decimal(row["n"]) for row in counts})


@register("cooperation.needs_met_share", label=_("Share of solidarity needs met (%)"))
def needs_met_share(start, end):
    needs = Need.objects.filter(created_at__date__gte=start, created_at__date__lte=end)
    everyone = needs.count()
    if not everyone:
        return None
    met = needs.met().count()
    return (Decimal(met) * 100 / everyone).quantize(Decimal("0.1"))
