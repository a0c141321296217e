"""Registration rules: places, the waitlist, approval, attendance counted once."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory, person
from kota.events.models import Attendance, Event, Registration, RegistrationRefused
from kota.test import run_together

pytestmark = pytest.mark.django_db


def test_places_then_waitlist_then_promotion_in_order():
    event = EventFactory(capacity=2)
    first, second = (event.register(**person(n)) for n in (1, 2))
    waiting = [event.register(**person(n)) for n in (3, 4, 5)]

    assert [first.status, second.status] == ["confirmed", "confirmed"]
    assert [w.status for w in waiting] == ["waitlisted"] * 3
    assert [w.waitlist_position() for w in waiting] == [1, 2, 3]

    promoted = second.cancel()

    assert [p.email for p in promoted] == ["official3@example.org"]
    assert event.places_taken() == 2
    statuses = dict(event.registrations.values_list("email", "status"))
    assert statuses["official2@example.org"] == "cancelled"
    assert statuses["official3@example.org"] == "confirmed"
    assert statuses["official4@example.org"] == "waitlisted"
    waiting[2].refresh_from_db()
    assert waiting[2].waitlist_position() == 2


def test_cancelling_a_waitlisted_place_promotes_nobody():
    event = EventFactory(capacity=1)
    event.register(**person(1))
    waiting = event.register(**person(2))
    third = event.register(**person(3))

    assert waiting.cancel() == []
    third.refresh_from_db()
    assert third.waitlist_position() == 1


def test_a_full_event_without_waitlist_refuses():
    event = EventFactory(capacity=1, has_waitlist=False)
    event.register(**person(1))
    with pytest.raises(RegistrationRefused, match="full"):
        event.register(**person(2))


def test_the_same_address_registers_once_and_again_after_cancelling():
    event = EventFactory()
    first = event.register(**person(1, email="Ana@Example.org"))
    with pytest.raises(RegistrationRefused, match="already registered"):
        event.register(**person(1, email="ana@example.org "))
    first.cancel()
    again = event.register(**person(1, email="ana@example.org"))
    assert again.status == "confirmed"


def test_registration_closed_outside_its_window_and_for_drafts():
    draft = EventFactory(status=Event.Status.DRAFT)
    with pytest.raises(RegistrationRefused, match="closed"):
        draft.register(**person(1))
    closed = EventFactory(registration_closes_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    with pytest.raises(RegistrationRefused, match="closed"):
        closed.register(**person(1))


def test_approval_takes_a_place_only_when_approved():
    event = EventFactory(capacity=1, requires_approval=True)
    first, second = event.register(**person(1)), event.register(**person(2))
    assert (first.status, second.status) == ("pending", "pending")
    assert event.places_taken() == 0

    first.approve()
    second.approve()

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("confirmed", "waitlisted")
    with pytest.raises(ValidationError):
        first.decline()


def test_a_bad_person_is_refused_whole():
    event = EventFactory()
    with pytest.raises(ValidationError) as refused:
        event.register(**person(1, sex="robot", email="not-an-address"))
    assert {"sex", "email"} <= set(refused.value.message_dict)
    assert not event.registrations.exists()


def test_a_person_present_at_three_sessions_counts_once():
    event = EventFactory(kind=Event.Kind.TRAINING)
    sessions = SessionFactory.create_batch(3, event=event)
    ana = RegistrationFactory(event=event, sex="female", age_group="25-34")
    for session in sessions:
        ana.record_attendance(session, source=Attendance.Source.IMPORT)
    ana.record_attendance(sessions[0], source=Attendance.Source.CHECK_IN)  # again: no-op

    day = timezone.localdate(event.ends_at)  # the period is read in the site's time zone
    counted = Registration.objects.counted(day, day)
    assert counted.count() == 1
    assert ana.attendances.count() == 3


def test_minimum_attendance_share():
    event = EventFactory(minimum_attendance=50)
    sessions = SessionFactory.create_batch(4, event=event)
    ana = RegistrationFactory(event=event)

    ana.record_attendance(sessions[0], source=Attendance.Source.IMPORT)
    assert not ana.attended
    ana.record_attendance(sessions[1], source=Attendance.Source.IMPORT)
    assert ana.attended


def test_only_a_confirmed_participant_is_checked_in():
    event = EventFactory()
    waiting = RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    with pytest.raises(ValidationError, match="no confirmed place"):
        waiting.check_in()
    confirmed = RegistrationFactory(event=event)
    assert confirmed.check_in() is True
    assert confirmed.check_in() is False  # twice at the door: still once
    confirmed.refresh_from_db()
    assert confirmed.attended and confirmed.checked_in_at


@pytest.mark.django_db(transaction=True)
def test_two_people_for_the_last_place_at_once(live_db):
    """Both databases: the event row is locked (PostgreSQL) or the write lock taken at the
    start of the transaction (SQLite), so the last place goes to exactly one of them."""
    event = EventFactory(capacity=1, has_waitlist=False)
    errors = run_together(
        lambda: Event.objects.get(pk=event.pk).register(**person(1)),
        lambda: Event.objects.get(pk=event.pk).register(**person(2)),
    )
    assert event.registrations.holding_places().count() == 1
    assert len(errors) == 1 and isinstance(errors[0], RegistrationRefused)


@pytest.mark.django_db(transaction=True)
def test_two_cancellations_at_once_promote_two_in_order(live_db):
    event = EventFactory(capacity=2)
    holders = [event.register(**person(n)) for n in (1, 2)]
    for n in (3, 4, 5):
        event.register(**person(n))
    errors = run_together(
        lambda: Registration.objects.get(pk=holders[0].pk).cancel(),
        lambda: Registration.objects.get(pk=holders[1].pk).cancel(),
    )
    assert errors == []
    confirmed = set(event.registrations.holding_places().values_list("email", flat=True))
    assert confirmed == {"official3@example.org", "official4@example.org"}
    assert event.places_taken() <= event.capacity


def test_an_event_never_takes_the_name_of_a_page():
    assert EventFactory(title="Scholarships").slug == "scholarships-event"
    assert EventFactory(title="Study visit to Suwon").slug == "study-visit-to-suwon"
    assert EventFactory(title="Study visit to Suwon").slug == "study-visit-to-suwon-2"
