"""Measures the results app computes from partners (see kota/lib/measures.py): partnerships
(agreements in force, and the partners they bind) and funds mobilised (grants signed and
tranches received, in one currency at a time: amounts in different currencies are never
added)."""

from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from kota.lib.measures import register
from kota.partners.models import Agreement, Grant, Partner, Tranche


@register("partners.agreements_in_force", label=_("Partnership agreements in force"))
def agreements_in_force(start, end, *, kinds=()):
    """Signed agreements valid on `end` (a state), of the given kinds (mou, framework, grant;
    all by default)."""
    agreements = Agreement.objects.in_force(end)
    if kinds:
        agreements = agreements.filter(kind__in=kinds)
    return Decimal(agreements.count())


@register("partners.active_partners", label=_("Partners with an agreement in force"))
def active_partners(start, end, *, kinds=()):
    """Distinct partner organisations party to an agreement in force on `end`."""
    agreements = Agreement.objects.in_force(end)
    if kinds:
        agreements = agreements.filter(kind__in=kinds)
    return Decimal(
        Partner.objects.filter(agreement_parties__agreement__in=agreements).distinct().count()
    )


@register("partners.grants_signed", label=_("Grants won, by their start date"))
def grants_signed(start, end):
    """Grants (not cancelled) that start between `start` and `end`."""
    grants = Grant.objects.exclude(status=Grant.Status.CANCELLED)
    return Decimal(grants.filter(starts_on__gte=start, starts_on__lte=end).count())


@register("partners.funds_received", label=_("Funds mobilised: grant tranches received"))
def funds_received(start, end, *, currency="USD"):
    """Grant money received between `start` and `end` in `currency` (tranches of grants in
    other currencies are left out, not converted)."""
    total = Tranche.objects.filter(
        grant__currency=currency, received_on__gte=start, received_on__lte=end
    ).aggregate(total=Sum("received_amount"))["total"]
    return total or Decimal(0)


@register("partners.funds_committed", label=_("Funds mobilised: grants committed"))
def funds_committed(start, end, *, currency="USD"):
    """The amounts of grants (not cancelled) in `currency` that start between `start` and
    `end`."""
    total = (
        Grant.objects.exclude(status=Grant.Status.CANCELLED)
        .filter(currency=currency, starts_on__gte=start, starts_on__lte=end)
        .aggregate(total=Sum("amount"))["total"]
    )
    return total or Decimal(0)
