import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from kota.members.models import Visibility
from kota.partners.models import (
    Agreement,
    AgreementParty,
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
