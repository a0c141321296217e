"""What a member's profile page shows of governance: the member's seats in governing bodies."""

from kota.governance.models import Seat
from kota.members.sections import profile_section


@profile_section(order=20, template="governance/_member_seats.html")
def seats(request, member, *, can_edit):
    seats = list(Seat.objects.of_member(member).order_by("-starts_on"))
    return {"seats": seats} if seats else None
