import datetime

import factory

from kota.governance.models import Body, Seat
from kota.members.factories import MemberFactory
from kota.members.models import Sex


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"body-{n}")
    name = factory.Sequence(lambda n: f"Committee {n}")
    kind = Body.Kind.COMMITTEE


class SeatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Seat

    body = factory.SubFactory(BodyFactory)
    role = Seat.Role.MEMBER
    member = factory.SubFactory(MemberFactory)
    holder_name = factory.Sequence(lambda n: f"Holder {n}")
    holder_sex = Sex.MALE
    starts_on = datetime.date(2020, 1, 1)
    ends_on = None
