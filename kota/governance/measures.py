"""Measures the results app can compute from governance records (see kota/lib/measures.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kota.governance.models import Body, Seat
from kota.lib.measures import register


@register("governance.women_share", label=_("Women's share of seats in governing bodies (%)"))
def women_share(start, end, *, body_kinds=(), bodies=()):
    """Women's share, in percent, of the seats held on the period's last day in the bodies of
    the given kinds (e.g. ["executive_bureau", "council"]) or with the given slugs, all
    counted together. None when no seat is held then."""
    if not body_kinds and not bodies:
        raise ValueError("governance.women_share needs body_kinds or bodies.")
    unknown = set(body_kinds) - set(Body.Kind.values)
    if unknown:
        raise ValueError(f"Unknown body kinds: {', '.join(sorted(unknown))}")
    seats = Seat.objects.filter(Q(body__kind__in=body_kinds) | Q(body__slug__in=bodies))
    return seats.women_share(end)
