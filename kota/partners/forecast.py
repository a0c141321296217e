"""The income forecast by year: what grants paid, what their tranches still promise, and what
open opportunities may bring, per currency (amounts in different currencies are never added,
and never converted)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from kota.partners.models import Opportunity, Tranche


@dataclass
class ForecastRow:
    year: int
    currency: str
    received: Decimal
    expected: Decimal
    weighted: Decimal

    @property
    def total(self):
        return self.received + self.expected + self.weighted


def income_forecast(*, this_year=None):
    """One row per year and currency, oldest first: tranches received in the year, tranches
    still expected in the year (by their expected date), and open opportunities weighted by
    their probability in the year of their expected decision (this year when they have none).
    A won opportunity counts only through its grant's tranches."""
    this_year = this_year or timezone.localdate().year
    tranches = Tranche.objects.filter(grant__status__in=["pending", "active", "closed"]).by_year()
    weighted = Opportunity.objects.weighted_by_year(this_year)
    rows = []
    for year, currency in sorted(set(tranches) | set(weighted)):
        paid = tranches.get((year, currency), {})
        rows.append(
            ForecastRow(
                year=year,
                currency=currency,
                received=paid.get("received", Decimal(0)),
                expected=paid.get("expected", Decimal(0)),
                weighted=weighted.get((year, currency), Decimal(0)),
            )
        )
    return rows
