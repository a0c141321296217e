"""The recording and materials of an ended event, published to the knowledge hub as a
"Webinar or video" item linked to the event."""

import datetime

import pytest
from django.template.loader import render_to_string

from kota.core.models import SDG, CoreArea
from kota.events.factories import EventFactory, in_days
from kota.knowledge.models import KnowledgeItem
from kota.test import client_for

pytestmark = pytest.mark.django_db

FORM = {
    "recording_url": "https://video.example.org/climate-budgeting",
    "summary": "Six cities showed how they tag climate spending.",
    "materials": "Slides | https://files.example.org/slides.pdf\nhttps://files.example.org/notes",
    "country": "PH",
}


def ended_webinar(**fields):
    starts = in_days(-2)
    return EventFactory(
        kind="webinar",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        **fields,
    )


def test_staff_publish_the_recording_as_a_webinar_item_linked_to_the_event(client, personas):
    event = ended_webinar(
        title="Climate budgeting for cities",
        description="How to tag spending.",
        organiser_member=personas.surabaya_city,
    )
    event.sdgs.set(SDG.objects.filter(number__in=[11, 13]))
    event.core_areas.set(CoreArea.objects.all()[:1])
    event.co_hosts.set([personas.makassar_city])
    client_for(client, personas.secretariat)

    response = client.post(f"/events/{event.slug}/after/recording/", FORM)

    assert response.status_code == 302
    event.refresh_from_db()
    item = event.recording
    assert item.kind == KnowledgeItem.Kind.WEBINAR
    assert item.is_published
    assert (item.title, item.summary, item.body) == (
        "Climate budgeting for cities",
        FORM["summary"],
        "How to tag spending.",
    )
    assert item.country_id == "PH"
    assert sorted(item.sdgs.values_list("number", flat=True)) == [11, 13]
    assert list(item.core_areas.all()) == list(event.core_areas.all())
    assert set(item.members.all()) == {personas.surabaya_city, personas.makassar_city}
    assert list(item.links.values_list("label", "url")) == [
        ("Recording", FORM["recording_url"]),
        ("Slides", "https://files.example.org/slides.pdf"),
        ("", "https://files.example.org/notes"),
    ]
    assert client.get(item.get_absolute_url()).status_code == 200
    shown = render_to_string("events/after/_recording.html", {"event": event})
    assert item.get_absolute_url() in shown

    again = client.post(f"/events/{event.slug}/after/recording/", FORM)
    assert again.status_code == 302 and KnowledgeItem.objects.count() == 1


def test_a_recording_waits_for_the_end_of_the_event(client, personas):
    event = EventFactory(kind="webinar")
    client_for(client, personas.secretariat)

    response = client.post(f"/events/{event.slug}/after/recording/", FORM)

    assert "once the event has ended" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_a_material_that_is_not_an_address_is_named_by_its_line(client, personas):
    event = ended_webinar()
    client_for(client, personas.secretariat)

    response = client.post(
        f"/events/{event.slug}/after/recording/", FORM | {"materials": "Slides | not a link"}
    )

    assert "Line 1 is not a web address" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_only_staff_publish_a_recording(client, personas):
    event = ended_webinar(organiser_member=personas.surabaya_city)
    for user in (personas.surabaya, personas.board):
        client.force_login(user)
        assert client.post(f"/events/{event.slug}/after/recording/", FORM).status_code == 403
    assert not KnowledgeItem.objects.exists()
