"""What a partner's page shows of cooperation: the cooperations it is a side of (verified ones,
and all of them for the secretariat)."""

from kota.cooperation.models import Cooperation
from kota.partners.sections import partner_section


@partner_section(order=30, template="cooperation/_partner_cooperation.html")
def cooperation(request, partner):
    cooperations = list(
        Cooperation.objects.visible_to(request.user).of_partner(partner).for_list()[:20]
    )
    return {"cooperations": cooperations} if cooperations else None
