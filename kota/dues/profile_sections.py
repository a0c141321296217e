"""What a member's profile page shows of dues: the member portal's own invoices, for the
member's focal points and the secretariat only."""

from kota.dues.models import Invoice
from kota.members.sections import profile_section


@profile_section(order=10, template="dues/_member_invoices.html")
def invoices(request, member, *, can_edit):
    if not can_edit:
        return None
    invoices = Invoice.objects.filter(dues__member=member).with_totals()
    return {"invoices": invoices.order_by("-year", "-sequence")}
