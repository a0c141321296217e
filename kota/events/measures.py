"""Measures the results app computes from events (see kota/lib/measures.py).

A participant is one registration that attended an event (present at one session or more, or
at the share of sessions the event asks): a person at three sessions of one event counts once,
a person at two events counts twice. An event counts in the period it ends in. By default only
capacity-building events count (trainings, webinars, workshops, study visits, exchanges);
`kinds` names others.
"""

from decimal import Decimal

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from kota.events.models import YOUTH, Application, Evaluation, Event, Registration, Sex
from kota.lib.measures import Breakdown, register


def _participants(start, end, kinds):
    return Registration.objects.counted(start, end, kinds=tuple(kinds or Event.CAPACITY_BUILDING))


@register("events.participants", label=_("Participants in events, by sex and age group"))
def participants(start, end, *, kinds=()):
    """Participants counted once per event, broken down by sex ("sex") and age group
    ("age")."""
    counts = _participants(start, end, kinds).breakdown("sex", "age_group")
    return Breakdown(
        {(("age", age_group), ("sex", sex)): Decimal(n) for (sex, age_group), n in counts.items()}
    )


@register("events.members_reached", label=_("Member governments reached by events"))
def members_reached(start, end, *, kinds=()):
    """Distinct members with at least one participant who attended."""
    people = _participants(start, end, kinds).filter(member__isnull=False)
    return Decimal(people.values("member").distinct().count())


def _share(start, end, kinds, condition):
    counts = _participants(start, end, kinds).aggregate(
        everyone=Count("pk"), counted=Count("pk", filter=condition)
    )
    if not counts["everyone"]:
        return None
    return (Decimal(counts["counted"]) * 100 / counts["everyone"]).quantize(Decimal("0.1"))


@register("events.women_share", label=_("Women's share of event participants (%)"))
def women_share(start, end, *, kinds=()):
    """Women among the participants, in percent of all participants (those who prefer not
    to say included in the whole)."""
    return _share(start, end, kinds, Q(sex=Sex.FEMALE))


@register("events.youth_share", label=_("Youth share of event participants, under 35 (%)"))
def youth_share(start, end, *, kinds=()):
    return _share(start, end, kinds, Q(age_group__in=YOUTH))


@register("events.mean_satisfaction", label=_("Mean satisfaction with events (1-5)"))
def mean_satisfaction(start, end, *, kinds=()):
    evaluations = Evaluation.objects.filter(
        registration__in=_participants(start, end, kinds).values("pk")
    )
    mean = evaluations.mean_satisfaction()
    return None if mean is None else Decimal(mean).quantize(Decimal("0.01"))


@register("events.scholarships_awarded", label=_("Scholarships awarded, by country and sex"))
def scholarships_awarded(start, end):
    """Scholarships awarded between `start` and `end`, by the scholar's country ("country",
    ISO code) and sex ("sex")."""
    awarded = Application.objects.awarded().filter(
        decided_at__date__gte=start, decided_at__date__lte=end
    )
    counts = awarded.order_by().values("country", "sex").annotate(n=Count("pk"))
    return Breakdown(
        {(("country", row["country"]), ("sex", row["sex"])): Decimal(row["n"]) for row in counts}
    )
