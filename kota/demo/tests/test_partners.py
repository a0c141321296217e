"""The demo's partners: real organisations, invented contacts and figures, opportunities at
every stage, grants in three currencies, an agreement due for renewal, a report due soon."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from kota.core.models import User
from kota.demo.partners import build_partners
from kota.events.factories import EventFactory
from kota.members.factories import MemberFactory
from kota.partners.models import (
    Agreement,
    EventPartner,
    Grant,
    Opportunity,
    Partner,
    ReportingObligation,
    Tranche,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 2)


@pytest.fixture
def demo():
    MemberFactory(name="Hangzhou", country_id="CN")
    for title in ["Webinar on Voluntary Local Reviews", "Webinar on heat-resilient cities"]:
        EventFactory(title=title)
    secretariat = User.objects.create_user(
        "secretariat", "secretariat@example.org", "x", is_staff=True
    )
    return build_partners(secretariat, today=TODAY)


def test_the_demo_partners_are_the_networks_real_partners_with_invented_details(demo):
    names = set(Partner.objects.values_list("acronym", flat=True))
    assert {"UN ESCAP", "UN-Habitat", "UNCDF", "EU", "GIZ", "ADB", "UCLG"} <= names
    assert Partner.objects.get(acronym="UN-Habitat").iati_identifier == "XM-DAC-41120"
    assert Partner.objects.get(acronym="GIZ").iati_identifier == ""
    for partner in Partner.objects.all():
        assert "demo data" in partner.description
        assert all(c.email.endswith("@example.org") for c in partner.contacts.all())
    assert EventPartner.objects.count() == 2


def test_the_demo_has_opportunities_at_every_stage_and_grants_in_three_currencies(demo):
    assert set(Opportunity.objects.values_list("stage", flat=True)) == set(Opportunity.Stage)
    assert set(Grant.objects.values_list("currency", flat=True)) == {"USD", "EUR", "IDR"}
    assert set(Tranche.objects.totals_by_currency()) == {"USD", "EUR", "IDR"}
    won = Opportunity.objects.get(stage=Opportunity.Stage.WON)
    assert won.grant.funder == won.funder


def test_one_demo_agreement_and_one_demo_report_are_due_for_their_reminders(demo):
    assert Agreement.objects.due_for_renewal_notice(TODAY).count() == 1
    now = datetime.datetime.combine(TODAY, datetime.time(9), tzinfo=datetime.UTC)
    assert ReportingObligation.objects.due_for_reminder(now).count() == 1
    hangzhou = Agreement.objects.get(kind=Agreement.Kind.FRAMEWORK).parties.filter(
        member__name="Hangzhou"
    )
    assert hangzhou.exists()


def test_the_demo_reminders_go_out(demo, django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_partner_reminders", stdout=None)
    # The agreement due for renewal is counted from the real today: it is always due.
    assert any("Renewal due" in message.subject for message in mail.outbox)
