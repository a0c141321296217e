"""Who must answer a campaign: the mailings' audiences reused (members' focal points by
criteria, committee members, event participants), one response per member or per person;
and the staff's page that starts a campaign."""

import pytest
from django.core.exceptions import ValidationError

from kota.events.factories import EventFactory, RegistrationFactory
from kota.governance.factories import BodyFactory, SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.surveys.factories import CampaignFactory, ResponseFactory, satisfaction_version
from kota.surveys.models import Campaign
from kota.test import client_for

pytestmark = pytest.mark.django_db


def test_a_campaign_to_focal_points_of_one_country_and_kind(personas):
    FocalPointFactory(member=MemberFactory(country_id="PH"))
    association = MemberFactory(country_id="ID", kind="association")
    FocalPointFactory(member=association)
    campaign = CampaignFactory(
        status=Campaign.Status.DRAFT,
        audience_criteria={"country": ["ID"], "kind": ["city"], "status": ["active"]},
    )
    campaign.open()
    members = set(campaign.responses.values_list("member__name", flat=True))
    assert members == {"Surabaya", "Makassar"}


def test_a_campaign_to_the_members_seated_on_a_committee(personas):
    committee = BodyFactory(slug="climate-committee", name="Climate committee")
    SeatFactory(body=committee, member=personas.makassar_city, user=None)
    campaign = CampaignFactory(
        status=Campaign.Status.DRAFT, audience_criteria={"body": ["climate-committee"]}
    )
    campaign.open()
    assert list(campaign.responses.values_list("member", flat=True)) == [personas.makassar_city.pk]


def test_a_campaign_to_event_participants_asks_each_person_once(personas):
    event = EventFactory()
    RegistrationFactory(event=event, email="ana@example.org", member=None)
    RegistrationFactory(event=event, email="budi@example.org", member=None)
    campaign = CampaignFactory(
        status=Campaign.Status.DRAFT,
        audience_source="event_participants",
        audience_criteria={"event": str(event.pk)},
    )
    assert campaign.open() == 2
    assert sorted(campaign.responses.values_list("email", flat=True)) == [
        "ana@example.org",
        "budi@example.org",
    ]
    assert campaign.open() == 0


def test_a_draft_version_cannot_be_sent():
    campaign = CampaignFactory(
        status=Campaign.Status.DRAFT, version=satisfaction_version(publish=False)
    )
    with pytest.raises(ValidationError):
        campaign.open()


def test_a_campaign_cannot_take_the_address_of_another_page():
    campaign = CampaignFactory.build(slug="cee")
    with pytest.raises(ValidationError):
        campaign.clean()


def test_staff_start_a_campaign_for_the_members_of_a_country(client, personas):
    version = satisfaction_version()
    client_for(client, personas.secretariat)
    assert "Focal points of members" in client.get("/surveys/new/").content.decode()
    url = "/surveys/new/?source=focal_points"
    assert client.get(url).status_code == 200
    reply = client.post(
        url,
        {
            "title": "Cee",
            "version": version.pk,
            "due_on": "2027-03-31",
            "c-country": ["ID"],
            "c-status": ["active"],
            "c-role": "all",
        },
    )
    campaign = Campaign.objects.get()
    assert reply.url == f"/surveys/{campaign.slug}/"
    assert campaign.slug == "cee-campaign"
    assert campaign.audience_criteria["country"] == ["ID"]
    assert campaign.status == Campaign.Status.DRAFT
    client.post(f"/surveys/{campaign.slug}/open/")
    assert campaign.responses.count() == 2
    assert client.get("/surveys/new/?source=nothing").status_code == 404


def test_a_members_profile_lists_its_responses_to_its_focal_points_and_staff_only(client, personas):
    ResponseFactory(member=personas.surabaya_city)
    for user, shown in [
        (personas.secretariat, True),
        (personas.surabaya, True),
        (personas.makassar, False),
        (None, False),
    ]:
        client.logout()
        client_for(client, user)
        page = client.get("/members/surabaya/").content.decode()
        assert ('id="surveys"' in page) is shown, user


def test_a_campaign_to_partner_contacts_asks_each_person_once(personas):
    from kota.partners.factories import PartnerContactFactory

    PartnerContactFactory(email="ana@bank.example")
    PartnerContactFactory(email="chen@uni.example")
    campaign = CampaignFactory(
        status=Campaign.Status.DRAFT, audience_source="partner_contacts", audience_criteria={}
    )
    assert campaign.open() == 2
    assert sorted(campaign.responses.values_list("email", flat=True)) == [
        "ana@bank.example",
        "chen@uni.example",
    ]
    assert campaign.open() == 0
