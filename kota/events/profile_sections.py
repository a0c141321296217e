"""What a member's profile page shows of events: the events the member organises, co-hosts or
sends people to, upcoming and recent, with how many of its people take part (counts only)."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from kota.events.models import Event, Registration
from kota.members.sections import profile_section

SHOWN = 5


def _member_count(member, **filters):
    """How many of `member`'s people each event counts (a subquery on the event's row)."""
    rows = (
        Registration.objects.filter(event=OuterRef("pk"), member=member, **filters)
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def events_of_member(member, user):
    """The events `user` may see that `member` organises, co-hosts or registered people for."""
    hosted = Event.objects.filter(Q(organiser_member=member) | Q(co_hosts=member)).values("pk")
    sent = Registration.objects.filter(member=member).active().values("event_id")
    return (
        Event.objects.visible_to(user)
        .filter(Q(pk__in=hosted) | Q(pk__in=sent))
        .annotate(
            registered=_member_count(member, status=Registration.Status.CONFIRMED),
            attended_n=_member_count(member, attended=True),
        )
    )


@profile_section(order=40, template="events/_member_events.html")
def events(request, member, *, can_edit):
    related = events_of_member(member, request.user)
    upcoming = list(related.upcoming()[:SHOWN])
    recent = list(related.past()[:SHOWN])
    if not (upcoming or recent):
        return None
    return {
        "upcoming_events": upcoming,
        "recent_events": recent,
        "participants": Registration.objects.filter(member=member).attended().count(),
    }
