"""What a member's profile page shows of mailings: the last emails sent to its focal points
(newsletters, invitations, invoices and their reminders), for the secretariat only."""

from kota.core.access import is_secretariat
from kota.mailings.models import Delivery
from kota.members.sections import profile_section


@profile_section(order=30, template="mailings/_member_messages.html")
def messages(request, member, *, can_edit):
    if not is_secretariat(request.user):
        return None
    deliveries = list(Delivery.objects.filter(member=member).order_by("-queued_at")[:10])
    return {"deliveries": deliveries} if deliveries else None
