"""What dues adds to mailings' audiences: focal points of members by their dues tier."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.dues.models import Dues, Tier
from kota.mailings.audiences import member_criterion


def tier_choices():
    return [(tier.slug, tier.name) for tier in Tier.objects.all()]


@member_criterion("tier", label=_("Dues tier this year"), choices=tier_choices)
def in_tier(members, slugs):
    """Members whose dues for the current year are in one of the tiers."""
    dues = Dues.objects.filter(year=timezone.localdate().year, tier__slug__in=slugs)
    return members.filter(pk__in=dues.values("member_id"))
