"""The demo's events, and the participants KPI computed from them."""

import datetime
import random
import zoneinfo
from collections import defaultdict

import pytest
from django.conf import settings
from django.db import connection

from kota.core.models import User
from kota.demo.events import build_events
from kota.demo.members import build_members
from kota.demo.results import snapshot_computed
from kota.demo.results.indicators import create_indicators
from kota.events.models import Event, Registration, ScholarshipCall
from kota.results.models import Indicator, Plan

pytestmark = pytest.mark.django_db

ZONE = zoneinfo.ZoneInfo(settings.TIME_ZONE)


@pytest.fixture
def demo():
    plan = Plan.objects.get(slug="manifesto-2021-2025")
    create_indicators(plan)
    members = build_members(random.Random(3), 80)
    secretariat = User.objects.create_user("secretariat", password="x", is_staff=True)
    summary = build_events(random.Random(3), members, secretariat)
    snapshot_computed(plan, datetime.date(2026, 12, 1))
    return plan, summary


def counted_in_sql(start, end):
    """Participants of capacity-building events ending in [start, end] (site's dates),
    counted straight from the tables: {(sex, age group): count}."""
    since = datetime.datetime.combine(start, datetime.time(), tzinfo=ZONE)
    until = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time(), tzinfo=ZONE
    )
    kinds = [str(kind) for kind in Event.CAPACITY_BUILDING]
    marks = ", ".join(["%s"] * len(kinds))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT r.sex, r.age_group, COUNT(*) FROM events_registration r "
            "JOIN events_event e ON e.id = r.event_id "
            f"WHERE r.attended AND e.kind IN ({marks}) AND e.ends_at >= %s AND e.ends_at < %s "
            "GROUP BY r.sex, r.age_group",
            [*kinds, since, until],
        )
        return {(sex, age): n for sex, age, n in cursor.fetchall()}


def test_the_participants_kpi_is_computed_and_agrees_with_sql(demo):
    plan, (events, registrations) = demo
    assert events == 26 and registrations > 3000
    kpi = Indicator.objects.get(plan=plan, code="KPI-1.1.2")
    assert kpi.is_computed and kpi.measure == "events.participants"

    values = list(kpi.values.order_by("period_end"))
    assert len(values) == 20  # every quarter of 2021-2025
    overall = 0
    for value in values:
        expected = counted_in_sql(value.period_start, value.period_end)
        assert value.number == sum(expected.values()), value.period_label
        cells = {cell.key: cell.number for cell in value.cells.all()}
        assert len(cells) == 4 * 6
        by_sex, by_age = defaultdict(int), defaultdict(int)
        for key, number in cells.items():
            coordinates = dict(part.split("=") for part in key.split(";"))
            by_sex[coordinates["sex"]] += number
            by_age[coordinates["age"]] += number
            assert number == expected.get((coordinates["sex"], coordinates["age"]), 0)
        assert sum(by_sex.values()) == sum(by_age.values()) == value.number
        overall += value.number
    everyone = counted_in_sql(datetime.date(2021, 1, 1), datetime.date(2025, 12, 31))
    assert overall == sum(everyone.values()) > 1800

    # Statutory meetings and people who did not come are not counted.
    council = Event.objects.get(kind=Event.Kind.STATUTORY)
    assert council.registrations.attended().exists()
    no_shows = Registration.objects.filter(attended=False, event__ends_at__year__lt=2026)
    assert no_shows.exists()


def test_the_xian_scholars_are_the_programme_participants(demo):
    call = ScholarshipCall.objects.get()
    awarded = call.applications.awarded()
    assert awarded.count() == call.places == 20
    programme = call.event
    assert set(programme.registrations.values_list("email", flat=True)) == set(
        awarded.values_list("email", flat=True)
    )
    assert call.applications.exclude(status="awarded").count() == 14
    assert awarded.filter(alumni_updates__isnull=False).count() == 3


def test_upcoming_events_take_registrations(demo):
    upcoming = Event.objects.upcoming(datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC))
    assert upcoming.count() == 2
    approval = upcoming.get(requires_approval=True)
    assert approval.registrations.filter(status="pending").exists()
