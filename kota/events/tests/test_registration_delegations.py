"""A focal point's delegation of officials, and the staff's management of an event."""

import datetime

import pytest
from django.urls import reverse

from kota.events.factories import EventFactory, RegistrationFactory, in_days
from kota.events.models import Event, Registration

pytestmark = pytest.mark.django_db


def _delegation(member, *rows, consent="on"):
    data = {
        "member": member.pk,
        "consent": consent,
        "d-TOTAL_FORMS": "3",
        "d-INITIAL_FORMS": "0",
        "d-MIN_NUM_FORMS": "0",
        "d-MAX_NUM_FORMS": "30",
        # What a browser sends for a row left empty: the language chosen for it.
        "d-2-language": "en",
    }
    for n, (name, email, sex) in enumerate(rows):
        data.update(
            {
                f"d-{n}-name": name,
                f"d-{n}-email": email,
                f"d-{n}-sex": sex,
                f"d-{n}-age_group": "35-44",
                f"d-{n}-role": "official",
                f"d-{n}-language": "id",
            }
        )
    return data


def test_a_focal_point_registers_two_officials_of_their_member(client, personas):
    event = EventFactory()
    client.force_login(personas.surabaya)
    response = client.post(
        reverse("events:delegation", args=[event.slug]),
        _delegation(
            personas.surabaya_city,
            ("Ani Wijaya", "ani@surabaya.example", "female"),
            ("Budi Santoso", "budi@surabaya.example", "male"),
        ),
        follow=True,
    )
    assert "2 officials registered." in response.content.decode()
    people = Registration.objects.order_by("name")
    assert [(r.name, r.member, r.country_id, r.registered_by) for r in people] == [
        ("Ani Wijaya", personas.surabaya_city, "ID", personas.surabaya),
        ("Budi Santoso", personas.surabaya_city, "ID", personas.surabaya),
    ]


def test_a_focal_point_cannot_register_for_another_member(client, personas):
    event = EventFactory()
    client.force_login(personas.surabaya)
    response = client.post(
        reverse("events:delegation", args=[event.slug]),
        _delegation(personas.makassar_city, ("Ani", "ani@example.org", "female")),
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_focal_point_cannot_see_another_members_delegates(client, personas):
    event = EventFactory()
    RegistrationFactory(event=event, member=personas.surabaya_city, name="Ani of Surabaya")
    RegistrationFactory(event=event, member=personas.makassar_city, name="Rudi of Makassar")
    client.force_login(personas.surabaya)
    html = client.get(reverse("events:delegation", args=[event.slug])).content.decode()
    assert "Ani of Surabaya" in html
    assert "Rudi of Makassar" not in html


def test_a_focal_point_cancels_their_own_delegate_only(client, personas):
    event = EventFactory()
    own = RegistrationFactory(event=event, member=personas.surabaya_city)
    other = RegistrationFactory(event=event, member=personas.makassar_city)
    client.force_login(personas.surabaya)
    path = "events:cancel_delegate"
    assert client.post(reverse(path, args=[event.slug, other.token])).status_code == 404
    assert client.post(reverse(path, args=[event.slug, own.token])).status_code == 302
    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.status, other.status) == ("cancelled", "confirmed")


def test_a_delegation_is_registered_whole_or_not_at_all(client, personas):
    event = EventFactory(capacity=1, has_waitlist=False)
    client.force_login(personas.surabaya)
    response = client.post(
        reverse("events:delegation", args=[event.slug]),
        _delegation(
            personas.surabaya_city,
            ("Ani", "ani@surabaya.example", "female"),
            ("Budi", "budi@surabaya.example", "male"),
        ),
    )
    assert "This event is full." in response.content.decode()
    assert not Registration.objects.exists()


def test_a_visitor_without_a_member_may_not_send_a_delegation(client, personas):
    event = EventFactory()
    client.force_login(personas.board)
    assert client.get(reverse("events:delegation", args=[event.slug])).status_code == 403


# Staff ------------------------------------------------------------------------------------------


def _event_form(**overrides):
    data = {
        "kind": "webinar",
        "title": "Recovering from COVID-19",
        "title_id": "Pemulihan dari COVID-19",
        "title_zh-hans": "",
        "description": "A webinar series.",
        "language": "en",
        "is_public": "on",
        "time_zone": "Asia/Bangkok",
        "starts_at": "2030-05-06T14:00",
        "ends_at": "2030-05-06T16:00",
        "venue": "",
        "online_url": "https://meet.example.org/covid",
        "capacity": "100",
        "has_waitlist": "on",
        "minimum_attendance": "0",
        "s-TOTAL_FORMS": "1",
        "s-INITIAL_FORMS": "0",
        "s-0-title": "Opening",
        "s-0-starts_at": "2030-05-06T14:00",
        "s-0-ends_at": "2030-05-06T14:30",
        "s-0-speakers": "Mayor A\nMayor B",
        "q-TOTAL_FORMS": "1",
        "q-INITIAL_FORMS": "0",
        "q-0-position": "1",
        "q-0-kind": "yes_no",
        "q-0-text": "Will you need interpretation?",
        "q-0-required": "on",
    }
    data.update(overrides)
    return data


def test_staff_create_an_event_with_sessions_questions_and_translations(client, personas):
    client.force_login(personas.secretariat)
    response = client.post(reverse("events:new"), _event_form())
    event = Event.objects.get()
    assert response.url == event.get_absolute_url()
    assert event.status == Event.Status.DRAFT
    assert event.title_translations == {"id": "Pemulihan dari COVID-19"}
    # 14:00 in Bangkok (UTC+7) is 07:00 UTC, for the event and its session alike.
    assert event.starts_at == datetime.datetime(2030, 5, 6, 7, 0, tzinfo=datetime.UTC)
    (session,) = event.sessions.all()
    assert session.starts_at == event.starts_at
    assert session.speaker_list == ["Mayor A", "Mayor B"]
    (question,) = event.questions.all()
    assert (question.kind, question.required) == ("yes_no", True)


def test_staff_edit_keeps_times_in_the_events_zone(client, personas):
    client.force_login(personas.secretariat)
    client.post(reverse("events:new"), _event_form())
    event = Event.objects.get()
    html = client.get(reverse("events:edit", args=[event.slug])).content.decode()
    assert 'value="2030-05-06T14:00"' in html
    assert 'value="Pemulihan dari COVID-19"' in html


def test_an_event_that_ends_before_it_starts_is_refused_with_the_error_shown(client, personas):
    client.force_login(personas.secretariat)
    response = client.post(reverse("events:new"), _event_form(ends_at="2030-05-05T10:00"))
    assert "An event cannot end before it starts." in response.content.decode()
    assert not Event.objects.exists()


def test_staff_publish_a_draft(client, personas):
    event = EventFactory(status=Event.Status.DRAFT, starts_at=in_days(10))
    client.force_login(personas.secretariat)
    client.post(reverse("events:publish", args=[event.slug]))
    event.refresh_from_db()
    assert event.status == Event.Status.PUBLISHED


def test_the_pending_list_shows_registrations_waiting_for_approval(client, personas):
    event = EventFactory(requires_approval=True)
    RegistrationFactory(event=event, status=Registration.Status.PENDING, name="Awaiting One")
    RegistrationFactory(event=event, name="Already Confirmed")
    client.force_login(personas.secretariat)
    html = client.get(reverse("events:pending", args=[event.slug])).content.decode()
    assert "Awaiting One" in html and "Already Confirmed" not in html
