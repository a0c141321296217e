"""The calendar, its feed, an event's page and its registration form, the registrant's page."""

import datetime
import re

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kota.core.models import CoreArea
from kota.events.calendars import check_in_path
from kota.events.factories import (
    EventFactory,
    RegistrationFactory,
    SessionFactory,
    in_days,
    person,
)
from kota.events.models import Event, Question, Registration
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "name": "Siti Rahma",
        "email": "siti@example.org",
        "sex": "female",
        "age_group": "25-34",
        "role": "official",
        "position": "Head of planning",
        "organisation": "Kota Surabaya",
        "member": "",
        "country": "ID",
        "language": "id",
        "consent": "on",
    }
    data.update(overrides)
    return data


# The calendar ---------------------------------------------------------------------------------


def test_the_calendar_lists_upcoming_then_past_published_public_events(client):
    soon = EventFactory(title="Women mayors' training", starts_at=in_days(3))
    later = EventFactory(title="Climate budgeting webinar", starts_at=in_days(30))
    past = EventFactory(
        title="COVID-19 recovery webinar", starts_at=in_days(-30), ends_at=in_days(-30, 12)
    )
    EventFactory(title="Draft study visit", status=Event.Status.DRAFT)
    EventFactory(title="Unlisted bureau meeting", is_public=False)

    upcoming = client.get("/events/").content.decode()
    assert upcoming.index(soon.title.replace("'", "&#x27;")) < upcoming.index(later.title)
    assert past.title not in upcoming
    assert "Draft study visit" not in upcoming
    assert "Unlisted bureau meeting" not in upcoming

    past_page = client.get("/events/?when=past").content.decode()
    assert past.title in past_page and later.title not in past_page


def test_the_calendar_filters_by_kind_core_area_and_country(client):
    area = CoreArea.objects.first()
    webinar = EventFactory(title="Webinar on data", kind=Event.Kind.WEBINAR, country_id="PH")
    webinar.core_areas.add(area)
    EventFactory(title="Training in Jakarta", kind=Event.Kind.TRAINING, country_id="ID")

    def titles(query):
        html = client.get(f"/events/?{query}").content.decode()
        return {t for t in ("Webinar on data", "Training in Jakarta") if t in html}

    assert titles("kind=webinar") == {"Webinar on data"}
    assert titles(f"core_area={area.pk}") == {"Webinar on data"}
    assert titles("country=ID") == {"Training in Jakarta"}
    assert titles("kind=nonsense&country=ZZ") == {"Webinar on data", "Training in Jakarta"}


def test_htmx_gets_only_the_results(client):
    EventFactory(title="Training on waste")
    response = client.get("/events/?q=waste", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "Training on waste" in html and "<html" not in html


def test_the_calendar_runs_the_same_queries_for_3_and_30_events(client):
    def count(n):
        Event.objects.all().delete()
        member = MemberFactory()
        for i in range(n):
            EventFactory(organiser_member=member if i % 2 else None, starts_at=in_days(i + 1))
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/events/").status_code == 200
        return len(queries)

    assert count(3) == count(30)


def test_the_feed_is_an_icalendar_of_public_events_in_their_zone(client):
    EventFactory(title="Forum in Seoul", time_zone="Asia/Seoul", kind=Event.Kind.FORUM)
    EventFactory(title="A draft", status=Event.Status.DRAFT)
    response = client.get("/events/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Forum in Seoul"]
    assert events[0]["dtstart"].dt.tzinfo.key == "Asia/Seoul"
    assert calendar.walk("VTIMEZONE")


# The event page -----------------------------------------------------------------------------


def test_an_event_page_shows_times_in_its_zone_and_in_the_readers(client):
    event = EventFactory(
        time_zone="Asia/Manila",
        starts_at=datetime.datetime(2030, 3, 4, 1, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 3, 4, 9, 0, tzinfo=datetime.UTC),
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Monday 4 March 2030, 09:00" in html  # 01:00 UTC is 09:00 in Manila
    assert "Asia/Manila time" in html
    # The browser rewrites these into the reader's own zone; they name the same instant.
    (start, _end) = re.findall(r'<time datetime="([^"]+)" data-local>', html)
    assert datetime.datetime.fromisoformat(start) == event.starts_at


def test_an_event_page_is_in_the_readers_language_falling_back_to_the_original(client):
    event = EventFactory(
        title="Training on climate budgets",
        title_translations={"id": "Pelatihan anggaran iklim"},
        description="**Two days** of practice.",
    )
    english = client.get(event.get_absolute_url()).content.decode()
    assert "Training on climate budgets" in english
    assert "<strong>Two days</strong>" in english
    indonesian = client.get(event.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Pelatihan anggaran iklim" in indonesian
    chinese = client.get(event.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "Training on climate budgets" in chinese


def test_the_online_link_is_never_on_the_public_page(client):
    event = EventFactory(venue="", online_url="https://meet.example.org/secret-room")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "secret-room" not in html
    assert "Online" in html


def test_a_draft_is_unknown_to_visitors_and_shown_to_staff(client, personas):
    draft = EventFactory(status=Event.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(personas.secretariat)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Publish" in html


def test_an_event_page_runs_the_same_queries_for_few_and_many_sessions_and_places(client):
    def count(n):
        event = EventFactory(capacity=100)
        for i in range(n):
            SessionFactory(event=event, speakers="Dr. A\nDr. B")
            RegistrationFactory(event=event)
            Question.objects.create(event=event, text=f"Question {i}", kind="text")
        event.co_hosts.add(*[MemberFactory() for _ in range(n)])
        event.core_areas.add(*CoreArea.objects.all()[:n])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(event.get_absolute_url()).status_code == 200
        return len(queries)

    assert count(2) == count(12)


def test_places_left_and_the_waitlist_are_shown(client):
    event = EventFactory(capacity=2)
    RegistrationFactory(event=event)
    assert "1 place left" in client.get(event.get_absolute_url()).content.decode()
    RegistrationFactory(event=event)
    assert "join the waitlist" in client.get(event.get_absolute_url()).content.decode()


# Registering ----------------------------------------------------------------------------------


def test_registering_confirms_and_lands_on_the_registrants_page(client):
    event = EventFactory()
    response = client.post(event.get_absolute_url(), _form())
    registration = Registration.objects.get()
    assert response.url == registration.get_absolute_url()
    assert registration.status == "confirmed"
    assert (registration.sex, registration.age_group, registration.language) == (
        "female",
        "25-34",
        "id",
    )
    assert registration.consent_at is not None
    page = client.get(response.url).content.decode()
    assert "your place is confirmed" in page


def test_a_full_event_puts_the_registrant_on_the_waitlist_with_their_position(client):
    event = EventFactory(capacity=1)
    event.register(**person(1))
    event.register(**person(2))
    response = client.post(event.get_absolute_url(), _form(), follow=True)
    html = response.content.decode()
    assert "you are number 2 on the waitlist" in html


def test_an_event_needing_approval_leaves_the_registration_pending(client):
    event = EventFactory(requires_approval=True)
    response = client.post(event.get_absolute_url(), _form(), follow=True)
    assert Registration.objects.get().status == "pending"
    assert "waits for the organisers" in response.content.decode()


def test_errors_are_shown_beside_fields_and_nothing_typed_is_lost(client):
    event = EventFactory()
    response = client.post(event.get_absolute_url(), _form(consent="", email="not-an-address"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "We can only register you with your consent." in html
    assert "Enter a valid email address." in html
    assert 'value="Siti Rahma"' in html
    assert 'value="Head of planning"' in html
    assert not Registration.objects.exists()


def test_the_events_own_questions_are_asked_and_required_ones_enforced(client):
    event = EventFactory()
    diet = Question.objects.create(
        event=event, kind="choice", text="Meal", choices="Vegetarian\nHalal\nAny", required=True
    )
    visa = Question.objects.create(event=event, kind="yes_no", text="Do you need a visa letter?")
    note = Question.objects.create(event=event, kind="text", text="Anything else?")

    response = client.post(event.get_absolute_url(), _form())
    assert "This field is required." in response.content.decode()
    assert not Registration.objects.exists()

    client.post(
        event.get_absolute_url(),
        _form(**{f"question_{diet.pk}": "Halal", f"question_{visa.pk}": "yes"}),
    )
    assert Registration.objects.get().answers == {str(diet.pk): "Halal", str(visa.pk): "yes"}
    assert str(note.pk) not in Registration.objects.get().answers


def test_the_same_address_cannot_register_twice_and_is_told_so(client):
    event = EventFactory()
    client.post(event.get_absolute_url(), _form())
    response = client.post(event.get_absolute_url(), _form(email="SITI@example.org"))
    assert "already registered" in response.content.decode()
    assert Registration.objects.count() == 1


def test_a_closed_registration_shows_no_form_and_refuses_a_post(client):
    event = EventFactory(registration_closes_at=in_days(-1))
    assert "Register for this event" not in client.get(event.get_absolute_url()).content.decode()
    client.post(event.get_absolute_url(), _form())
    assert not Registration.objects.exists()


def test_the_form_offers_the_page_language_for_emails(client):
    event = EventFactory()
    html = client.get(event.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert re.search(r'<option value="zh-hans" selected>', html)


# The registrant's page -------------------------------------------------------------------------


def test_the_registrants_page_has_the_online_link_and_check_in_code_once_confirmed(client):
    event = EventFactory(venue="", online_url="https://meet.example.org/room-7", capacity=1)
    confirmed = event.register(**person(1))
    waiting = event.register(**person(2))

    html = client.get(confirmed.get_absolute_url()).content.decode()
    assert "https://meet.example.org/room-7" in html
    assert "<svg" in html

    html = client.get(waiting.get_absolute_url()).content.decode()
    assert "room-7" not in html and "<svg" not in html
    assert "number 1 on the waitlist" in html


def test_the_check_in_code_points_at_the_check_in_page_of_this_registration():
    registration = RegistrationFactory()
    assert check_in_path(registration.token) == f"/events/check-in/r/{registration.token}/"


def test_cancelling_promotes_the_waitlist(client, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    first = event.register(**person(1))
    second = event.register(**person(2))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:cancel_registration", args=[first.token]))
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "confirmed")


def test_the_registrations_ics_carries_the_registrants_page(client):
    registration = RegistrationFactory()
    response = client.get(reverse("events:registration_ics", args=[registration.token]))
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert registration.token in str(event["description"])


def test_an_unknown_token_is_not_found(client):
    assert client.get("/events/r/nothing-here/").status_code == 404
