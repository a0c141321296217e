"""Measures the results app can compute from dues records (see kota/lib/measures.py)."""

from django.utils.translation import gettext_lazy as _

from kota.dues.models import Invoice
from kota.lib.measures import register


@register("dues.collection_rate", label=_("Membership fee collection rate (%)"))
def collection_rate(start, end, *, basis="amount"):
    """The share of the dues invoiced for the years from `start` to `end` that was collected
    by `end`: by amount (collected / invoiced less waivers and credits) or by count (invoices
    paid in full / invoices that asked for money). None when nothing was invoiced."""
    if basis not in ("amount", "count"):
        raise ValueError("dues.collection_rate takes basis='amount' or basis='count'.")
    invoices = Invoice.objects.filter(year__gte=start.year, year__lte=end.year)
    return invoices.collection_rate(as_of=end)[f"{basis}_rate"]
