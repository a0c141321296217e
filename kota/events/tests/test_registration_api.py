"""/api/v1/events and /api/v1/events/{id}: public events, and for past ones who attended."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kota.core.models import CoreArea
from kota.events.factories import EventFactory, RegistrationFactory, in_days
from kota.events.models import AgeGroup, Event, Sex

pytestmark = pytest.mark.django_db
EVENTS = "/api/v1/events"


def test_the_list_has_public_published_events_only_earliest_first(client):
    later = EventFactory(title="Forum", starts_at=in_days(20))
    sooner = EventFactory(title="Webinar", starts_at=in_days(2), kind=Event.Kind.WEBINAR)
    EventFactory(title="Draft", status=Event.Status.DRAFT)
    EventFactory(title="Unlisted", is_public=False)
    body = client.get(EVENTS).json()
    assert body["count"] == 2
    assert [e["id"] for e in body["items"]] == [sooner.pk, later.pk]
    item = body["items"][0]
    assert item["kind"] == "webinar"
    assert item["url"] == sooner.get_absolute_url()
    assert "online_url" not in item and "registrations" not in item


def test_the_list_filters_by_kind_core_area_country_and_dates(client):
    area = CoreArea.objects.first()
    webinar = EventFactory(kind=Event.Kind.WEBINAR, country_id="PH", starts_at=in_days(40))
    webinar.core_areas.add(area)
    training = EventFactory(kind=Event.Kind.TRAINING, country_id="ID", starts_at=in_days(5))

    def ids(**params):
        return [e["id"] for e in client.get(EVENTS, params).json()["items"]]

    assert ids(kind="webinar") == [webinar.pk]
    assert ids(core_area=area.slug) == [webinar.pk]
    assert ids(country="id") == [training.pk]
    assert ids(to=in_days(10).date().isoformat()) == [training.pk]
    assert ids(**{"from": in_days(30).date().isoformat()}) == [webinar.pk]


def test_the_list_runs_the_same_queries_for_few_and_many_events(client):
    def count(n):
        Event.objects.all().delete()
        areas = list(CoreArea.objects.all()[:2])
        for _ in range(n):
            EventFactory().core_areas.add(*areas)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(EVENTS).status_code == 200
        return len(queries)

    assert count(3) == count(30)


def test_a_past_event_counts_who_attended_by_sex_and_age_group(client):
    event = EventFactory(starts_at=in_days(-10), ends_at=in_days(-10, 17))
    for sex, age in [
        (Sex.FEMALE, AgeGroup.UNDER_25),
        (Sex.FEMALE, AgeGroup.FROM_35),
        (Sex.MALE, AgeGroup.FROM_35),
    ]:
        RegistrationFactory(event=event, sex=sex, age_group=age, attended=True)
    RegistrationFactory(event=event, sex=Sex.MALE, attended=False)  # registered, never came

    body = client.get(f"{EVENTS}/{event.pk}").json()
    participants = body["participants"]
    assert participants["attended"] == 3
    assert participants["by_sex"] == {"female": 2, "male": 1, "another": 0, "undisclosed": 0}
    assert participants["by_age_group"]["35-44"] == 2
    assert sum(participants["by_age_group"].values()) == 3
    assert "email" not in str(body)


def test_an_upcoming_event_has_no_counts_yet(client):
    event = EventFactory()
    body = client.get(f"{EVENTS}/{event.pk}").json()
    assert body["participants"] is None
    assert body["sessions"] == []


def test_a_draft_or_unlisted_event_is_not_found_with_the_error_shape(client):
    for event in (EventFactory(status=Event.Status.DRAFT), EventFactory(is_public=False)):
        response = client.get(f"{EVENTS}/{event.pk}")
        assert response.status_code == 404
        assert response.json()["ok"] is False


def test_the_events_endpoints_are_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/events", "/api/v1/events/{id}"} <= set(schema["paths"])
    params = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert params >= {"kind", "core_area", "country", "from", "to", "page"}
    assert "EventKind" in schema["components"]["schemas"]
