import datetime

import factory
from django.utils import timezone

from kota.cooperation.models import Appeal, Cooperation, Need, Party
from kota.members.factories import MemberFactory


class CooperationFactory(factory.django.DjangoModelFactory):
    """An active (verified) sister-city cooperation; `sides` takes a list of members (two
    new ones by default), each confirmed."""

    class Meta:
        model = Cooperation
        skip_postgeneration_save = True

    kind = Cooperation.Kind.SISTER_CITY
    status = Cooperation.Status.ACTIVE
    title = factory.Sequence(lambda n: f"Cooperation {n}")
    started_on = datetime.date(2020, 1, 1)

    @factory.post_generation
    def sides(self, create, extracted, **kwargs):
        if not create:
            return
        confirmed = None if self.status == Cooperation.Status.PROPOSED else timezone.now()
        for member in extracted or [MemberFactory(), MemberFactory()]:
            Party.objects.create(cooperation=self, member=member, confirmed_at=confirmed)


class AppealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appeal

    title = factory.Sequence(lambda n: f"Appeal {n}")
    crisis = "Earthquake"


class NeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Need

    appeal = factory.SubFactory(AppealFactory)
    member = factory.SubFactory(MemberFactory)
    item = "Tents"
    quantity = 10
    unit = "tents"
