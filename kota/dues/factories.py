import datetime
from decimal import Decimal

import factory

from kota.dues.models import FeeRate, FeeSchedule, Tier, TierRule


class TierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tier
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"tier-{n}")
    name = factory.Sequence(lambda n: f"Tier {n}")


class FeeScheduleFactory(factory.django.DjangoModelFactory):
    """A year's fees with one tier for everybody at `fee` (USD 1,000 by default)."""

    class Meta:
        model = FeeSchedule
        django_get_or_create = ["year"]
        skip_postgeneration_save = True

    year = 2026
    currency = "USD"
    due_on = factory.LazyAttribute(lambda s: datetime.date(s.year, 3, 31))
    grace_days = 90

    @factory.post_generation
    def fee(self, create, extracted, **kwargs):
        if not create or self.rates.exists():
            return
        tier = TierFactory(slug="standard", name="Standard")
        FeeRate.objects.create(schedule=self, tier=tier, amount=Decimal(extracted or "1000"))
        TierRule.objects.create(schedule=self, tier=tier, priority=100)
