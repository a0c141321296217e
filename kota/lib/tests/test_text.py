"""unique_slug(): free, numbered when taken, and never a fixed page's path segment."""

import pytest

from kota.events.factories import EventFactory
from kota.events.models import Event
from kota.lib.text import unique_slug

pytestmark = pytest.mark.django_db


def test_a_slug_is_numbered_when_taken_and_moved_off_a_reserved_segment():
    EventFactory(slug="flood-forum")
    EventFactory(slug="new-event")
    events = Event.objects.all()
    assert unique_slug("Flood forum", events, default="event") == "flood-forum-2"
    assert unique_slug("New", events, default="event", reserved={"new"}) == "new-event-2"
    assert unique_slug("Newsroom", events, default="event", reserved={"new"}) == "newsroom"
    assert unique_slug("!!!", events, default="event") == "event"
