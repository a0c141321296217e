"""Measures the results app can compute from mailings (see kota/lib/measures.py)."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from kota.lib.measures import register
from kota.mailings.models import Delivery


@register("mailings.members_reached", label=_("Members reached by communications"))
def members_reached(start, end, *, transactional=False):
    """The number of members with at least one message sent to one of their focal points
    between `start` and `end`: newsletters, announcements, invitations and reminders, and
    with transactional=True also invoices, reminders of them and review decisions."""
    deliveries = Delivery.objects.sent_between(start, end).filter(member__isnull=False)
    if not transactional:
        deliveries = deliveries.filter(category=Delivery.Category.MAILING)
    return Decimal(deliveries.values("member").distinct().count())
