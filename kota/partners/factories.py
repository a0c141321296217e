import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from kota.events.factories import EventFactory
from kota.members.models import Visibility
from kota.partners.models import (
    Agreement,
    AgreementParty,
    EventPartner,
    Grant,
    GrantCondition,
    Interaction,
    Opportunity,
    OrganisationType,
    Partner,
    PartnerContact,
    ReportingObligation,
    Tranche,
)


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Development Fund {n}")
    acronym = factory.Sequence(lambda n: f"DF{n}")
    organisation_type = OrganisationType.MULTILATERAL
    country_id = None
    website = "https://example.org/"


class PartnerContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerContact

    partner = factory.SubFactory(PartnerFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    name_visibility = Visibility.PUBLIC
    title = "Programme Officer"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    email_visibility = Visibility.MEMBERS
    phone = factory.Sequence(lambda n: f"+66 2 555 {n:04d}")
    phone_visibility = Visibility.STAFF


class InteractionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interaction

    partner = factory.SubFactory(PartnerFactory)
    kind = Interaction.Kind.MEETING
    happened_on = factory.LazyFunction(lambda: in_days(-7))
    summary = "Discussed the next call for proposals."


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    kind = Agreement.Kind.MOU
    title = factory.Sequence(lambda n: f"Memorandum of understanding {n}")
    status = Agreement.Status.SIGNED
    signed_on = factory.LazyFunction(lambda: in_days(-400))
    valid_from = factory.LazyFunction(lambda: in_days(-400))
    valid_until = factory.LazyFunction(lambda: in_days(700))
    renewal_notice_days = 90


class AgreementPartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreementParty

    agreement = factory.SubFactory(AgreementFactory)
    partner = factory.SubFactory(PartnerFactory)


class OpportunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opportunity

    funder = factory.SubFactory(PartnerFactory)
    title = factory.Sequence(lambda n: f"Resilient cities proposal {n}")
    stage = Opportunity.Stage.PROPOSAL
    amount = Decimal("250000")
    currency = "USD"
    probability = 40
    decision_on = factory.LazyFunction(lambda: in_days(60))


class GrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Grant

    funder = factory.SubFactory(PartnerFactory)
    title = factory.Sequence(lambda n: f"Localising the SDGs grant {n}")
    amount = Decimal("500000")
    currency = "USD"
    starts_on = factory.LazyFunction(lambda: in_days(-100))
    ends_on = factory.LazyFunction(lambda: in_days(600))
    status = Grant.Status.ACTIVE


class TrancheFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tranche

    grant = factory.SubFactory(GrantFactory)
    expected_on = factory.LazyFunction(lambda: in_days(30))
    expected_amount = Decimal("100000")


class GrantConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GrantCondition

    grant = factory.SubFactory(GrantFactory)
    description = "Co-funding of 10% from the secretariat."


class ReportingObligationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingObligation

    grant = factory.SubFactory(GrantFactory)
    title = factory.Sequence(lambda n: f"Progress report {n}")
    due_on = factory.LazyFunction(lambda: in_days(10))
    reminder_days = 14


def permission_matrix_objects(personas):
    """The partners' records that kota/core/tests/test_permissions.py opens as each persona:
    {name in the matrix's paths: value}. Surabaya is a party to the agreement; the signed
    document and the submitted report are files under MEDIA_ROOT."""
    partner = PartnerFactory(name="UN ESCAP", acronym="ESCAP")
    agreement = AgreementFactory(title="MoU with ESCAP and Surabaya")
    AgreementPartyFactory(agreement=agreement, partner=partner)
    AgreementParty.objects.create(agreement=agreement, member=personas.surabaya_city)
    agreement.document.save("signed.pdf", ContentFile(b"%PDF-1.4 signed"))
    opportunity = OpportunityFactory(funder=partner)
    grant = GrantFactory(funder=partner)
    obligation = ReportingObligationFactory(grant=grant)
    obligation.report.save("report.pdf", ContentFile(b"%PDF-1.4 report"))
    link = EventPartner.objects.create(partner=partner, event=EventFactory())
    return {
        "partner": partner.slug,
        "partner_id": partner.pk,
        "agreement": agreement.pk,
        "agreement_file": agreement.document.name,
        "report_file": obligation.report.name,
        "opportunity": opportunity.pk,
        "lost_opportunity": OpportunityFactory(funder=partner).pk,
        "grant": grant.pk,
        "tranche": TrancheFactory(grant=grant).pk,
        "obligation": ReportingObligationFactory(grant=grant).pk,
        "interaction": InteractionFactory(partner=partner, next_steps="Call back").pk,
        "event_link": link.pk,
    }
