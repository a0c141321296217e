"""Where registration shows elsewhere: mailings' audiences and a member's profile."""

import pytest
from django.urls import reverse

from kota.events.factories import EventFactory, RegistrationFactory, in_days
from kota.events.models import Event, Registration
from kota.mailings.audiences import audience_recipients, source
from kota.mailings.factories import AudienceFactory

pytestmark = pytest.mark.django_db


def test_participants_of_an_event_are_an_audience_by_status():
    event = EventFactory()
    confirmed = RegistrationFactory(event=event, language="id", attended=True)
    waiting = RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    RegistrationFactory(event=event, status=Registration.Status.CANCELLED)
    RegistrationFactory()  # another event's

    def emails(**criteria):
        audience = AudienceFactory(source="event_participants", criteria=criteria)
        return {r.email: r for r in audience_recipients(audience)}

    selected = emails(event=str(event.pk), status=["confirmed"])
    assert list(selected) == [confirmed.email]
    assert selected[confirmed.email].language == "id"
    assert selected[confirmed.email].member_id == confirmed.member_id
    assert set(emails(event=str(event.pk), status=[])) == {confirmed.email, waiting.email}
    assert set(emails(event=str(event.pk), status=["attended"])) == {confirmed.email}
    assert emails(event="not-a-number") == {}


def test_the_audience_form_offers_published_events():
    event = EventFactory(title="Study visit to Seoul")
    EventFactory(title="Draft idea", status=Event.Status.DRAFT)
    form = source("event_participants").form()
    labels = [label for _value, label in form.fields["event"].choices]
    assert any(label.startswith("Study visit to Seoul") for label in labels)
    assert not any(label.startswith("Draft idea") for label in labels)
    assert str(event.pk) in dict(form.fields["event"].choices)


def test_a_members_profile_lists_its_events_and_counts_its_participants(client, personas):
    city = personas.surabaya_city
    upcoming = EventFactory(title="Upcoming forum", starts_at=in_days(5))
    RegistrationFactory(event=upcoming, member=city)
    RegistrationFactory(event=upcoming, member=city)
    past = EventFactory(title="Past training", starts_at=in_days(-20), ends_at=in_days(-20, 17))
    RegistrationFactory(event=past, member=city, attended=True)
    hosted = EventFactory(title="Hosted webinar", organiser_member=city, starts_at=in_days(9))
    EventFactory(title="Someone else's event")
    EventFactory(title="Unlisted meeting", is_public=False).co_hosts.add(city)

    html = client.get(reverse("members:profile", args=[city.slug])).content.decode()
    assert "Upcoming forum" in html and "2 registered" in html
    assert "Past training" in html and "1 attended" in html
    assert hosted.title in html
    assert "1 participant from this member attended an event." in html
    assert "Someone else&#x27;s event" not in html
    assert "Unlisted meeting" not in html  # unlisted: only staff and the member's focal points

    client.force_login(personas.surabaya)
    html = client.get(reverse("members:profile", args=[city.slug])).content.decode()
    assert "Unlisted meeting" in html
