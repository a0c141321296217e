import datetime
from decimal import Decimal

import pytest

from kota.events.factories import EventFactory
from kota.members.models import Visibility
from kota.partners.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    GrantFactory,
    InteractionFactory,
    OpportunityFactory,
    PartnerContactFactory,
    PartnerFactory,
    ReportingObligationFactory,
    TrancheFactory,
)
from kota.partners.models import EventPartner, Grant, Interaction, Opportunity, Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def escap():
    partner = PartnerFactory(name="UN ESCAP", acronym="ESCAP", country_id="TH")
    PartnerContactFactory(
        partner=partner,
        name="Public Person",
        email="public@example.org",
        email_visibility=Visibility.PUBLIC,
        phone="+66 2 000 0001",
        phone_visibility=Visibility.STAFF,
    )
    PartnerContactFactory(partner=partner, name="Member Person", name_visibility=Visibility.MEMBERS)
    PartnerContactFactory(partner=partner, name="Staff Person", name_visibility=Visibility.STAFF)
    return partner


def test_the_partner_list_filters_by_type_and_country(client):
    PartnerFactory(name="UN ESCAP", organisation_type="40", country_id="TH")
    PartnerFactory(name="GIZ", organisation_type="10", country_id="DE")

    page = client.get("/partners/", {"organisation_type": "40"}).content.decode()
    assert "UN ESCAP" in page and "GIZ" not in page
    page = client.get("/partners/", {"country": "DE"}).content.decode()
    assert "GIZ" in page and "UN ESCAP" not in page


def test_each_visitor_sees_the_contact_fields_their_audience_may(client, personas, escap):
    def seen(user):
        client.logout()
        if user:
            client.force_login(user)
        return client.get(escap.get_absolute_url()).content.decode()

    anonymous = seen(None)
    assert "Public Person" in anonymous and "public@example.org" in anonymous
    assert "Member Person" not in anonymous and "Staff Person" not in anonymous
    assert "+66 2 000 0001" not in anonymous
    focal_point = seen(personas.surabaya)
    assert "Member Person" in focal_point and "Staff Person" not in focal_point
    assert "+66 2 000 0001" not in focal_point
    staff = seen(personas.secretariat)
    assert "Staff Person" in staff and "+66 2 000 0001" in staff


def test_a_partner_page_shows_its_agreements_grants_opportunities_and_events(
    client, personas, escap
):
    agreement = AgreementFactory(title="MoU on localising the SDGs")
    AgreementPartyFactory(agreement=agreement, partner=escap)
    GrantFactory(funder=escap, title="Voluntary Local Reviews grant")
    OpportunityFactory(funder=escap, title="Urban resilience call")
    event = EventFactory(title="Forum on local data")
    EventPartner.objects.create(event=event, partner=escap)
    client.force_login(personas.secretariat)

    page = client.get(escap.get_absolute_url()).content.decode()

    for text in [
        "MoU on localising the SDGs",
        "Voluntary Local Reviews grant",
        "Urban resilience call",
        "Forum on local data",
    ]:
        assert text in page


def test_visitors_see_neither_grants_nor_opportunities_nor_interactions(client, personas, escap):
    GrantFactory(funder=escap, title="Voluntary Local Reviews grant")
    OpportunityFactory(funder=escap, title="Urban resilience call")
    InteractionFactory(partner=escap, summary="Talked about the budget")
    client.force_login(personas.surabaya)

    page = client.get(escap.get_absolute_url()).content.decode()

    assert "Voluntary Local Reviews grant" not in page
    assert "Urban resilience call" not in page
    assert "Talked about the budget" not in page


def test_staff_record_an_interaction_with_next_steps(client, personas, escap):
    client.force_login(personas.secretariat)
    response = client.post(
        f"/partners/{escap.slug}/interactions/",
        {
            "kind": "call",
            "happened_on": "2026-11-20",
            "summary": "Discussed the regional forum.",
            "next_steps": "Send the concept note.",
            "next_step_due_on": "2026-12-01",
        },
    )
    assert response.status_code == 302
    interaction = Interaction.objects.get()
    assert interaction.recorded_by == personas.secretariat
    assert interaction.next_step_due_on == datetime.date(2026, 12, 1)
    assert interaction in Interaction.objects.next_steps_due(on=datetime.date(2026, 12, 2))


def test_staff_link_an_event_to_a_partner(client, personas, escap):
    event = EventFactory()
    client.force_login(personas.secretariat)
    client.post(f"/partners/{escap.slug}/events/", {"event": event.pk, "role": "co_host"})
    assert EventPartner.objects.filter(event=event, partner=escap).exists()


def test_staff_record_an_opportunity_and_win_it(client, personas, escap):
    client.force_login(personas.secretariat)
    response = client.post(
        "/partners/opportunities/new/",
        {
            "funder": escap.pk,
            "title": "Climate finance for cities",
            "stage": "proposal",
            "amount": "300000",
            "currency": "EUR",
            "probability": "50",
        },
    )
    opportunity = Opportunity.objects.get()
    assert response.url == opportunity.get_absolute_url()
    assert client.get("/partners/pipeline/").content.decode().count("Climate finance") == 1

    response = client.post(
        f"/partners/opportunities/{opportunity.pk}/win/",
        {
            "win-title": "Climate finance grant",
            "win-amount": "280000",
            "win-starts_on": "2027-01-01",
        },
    )

    grant = Grant.objects.get()
    assert response.url == grant.get_absolute_url()
    assert (grant.amount, grant.currency, grant.funder) == (Decimal("280000"), "EUR", escap)
    assert "Climate finance grant" in client.get(grant.get_absolute_url()).content.decode()


def test_staff_record_a_tranche_received_and_a_report_submitted(
    client, personas, tmp_path, settings
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    tranche = TrancheFactory(expected_amount=Decimal("1000"))
    obligation = ReportingObligationFactory(grant=tranche.grant)
    client.force_login(personas.secretariat)

    client.post(
        f"/partners/tranches/{tranche.pk}/receive/", {"amount": "990", "received_on": "2026-10-01"}
    )
    client.post(
        f"/partners/reports/{obligation.pk}/submit/",
        {"report": SimpleUploadedFile("report.pdf", b"%PDF-1.4 report")},
    )

    tranche.refresh_from_db()
    obligation.refresh_from_db()
    assert tranche.received_amount == Decimal("990")
    assert obligation.submitted_at is not None
    assert client.get(obligation.report.url).status_code == 200


def test_the_forecast_page_and_the_grants_page_open_for_staff(client, personas):
    TrancheFactory()
    OpportunityFactory()
    client.force_login(personas.secretariat)
    assert client.get("/partners/forecast/").status_code == 200
    assert client.get("/partners/grants/").status_code == 200
    assert client.get("/partners/next-steps/").status_code == 200


def test_a_partner_never_takes_the_slug_of_a_fixed_page():
    assert Partner.objects.create(name="Pipeline", organisation_type="90").slug != "pipeline"
