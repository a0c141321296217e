import pytest

from kota.events.factories import EventFactory
from kota.members.models import Visibility
from kota.partners.factories import (
    GrantFactory,
    OpportunityFactory,
    PartnerContactFactory,
    PartnerFactory,
)
from kota.partners.models import EventPartner

pytestmark = pytest.mark.django_db


def test_the_partner_list_filters_by_type_and_country(client):
    PartnerFactory(name="UN-Habitat", organisation_type="40", country_id="KE")
    PartnerFactory(name="GIZ", organisation_type="10", country_id="DE", iati_identifier="DE-1-X")

    body = client.get("/api/v1/partners", {"organisation_type": "10"}).json()
    assert [p["name"] for p in body["items"]] == ["GIZ"]
    assert body["items"][0]["organisation_type"] == "10"
    assert body["items"][0]["iati_identifier"] == "DE-1-X"
    body = client.get("/api/v1/partners", {"country": "ke"}).json()
    assert [p["name"] for p in body["items"]] == ["UN-Habitat"]


def test_an_unknown_organisation_type_is_refused_in_the_error_shape(client):
    body = client.get("/api/v1/partners", {"organisation_type": "99"}).json()
    assert body["ok"] is False and body["status"] == 422


def test_a_partner_shows_public_fields_only(client):
    partner = PartnerFactory(name="UNCDF")
    PartnerContactFactory(
        partner=partner,
        name="Public Officer",
        email="officer@example.org",
        email_visibility=Visibility.STAFF,
    )
    GrantFactory(funder=partner, title="Secret grant")
    OpportunityFactory(funder=partner, title="Secret opportunity")
    EventPartner.objects.create(partner=partner, event=EventFactory(title="Finance forum"))

    response = client.get(f"/api/v1/partners/{partner.pk}")

    body = response.json()
    assert body["contacts"][0]["name"] == "Public Officer"
    assert body["contacts"][0]["email"] is None
    assert [e["title"] for e in body["events"]] == ["Finance forum"]
    assert "Secret" not in response.content.decode()


def test_the_partners_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/partners" in paths and "/api/v1/partners/{id}" in paths
