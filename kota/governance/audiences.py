"""What governance adds to mailings' audiences: focal points of members seated on a body."""

from django.utils.translation import gettext_lazy as _

from kota.governance.models import Body, Seat
from kota.mailings.audiences import member_criterion


def body_choices():
    return [(body.slug, body.name) for body in Body.objects.order_by("position", "name")]


@member_criterion("body", label=_("Holds a seat today on"), choices=body_choices)
def seated_on(members, slugs):
    """Members holding a seat today on one of the bodies (the Council, a committee...)."""
    seats = Seat.objects.current().filter(body__slug__in=slugs, member__isnull=False)
    return members.filter(pk__in=seats.values("member_id"))
