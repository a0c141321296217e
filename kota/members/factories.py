import factory

from kota.members.models import FocalPoint, Member, Sex, Visibility


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    name = factory.Sequence(lambda n: f"City {n}")
    local_name = ""
    kind = Member.Kind.CITY
    country_id = "PH"
    status = Member.Status.ACTIVE


class FocalPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocalPoint

    member = factory.SubFactory(MemberFactory)
    name = factory.Sequence(lambda n: f"Person {n}")
    name_visibility = Visibility.PUBLIC
    title = "International Relations Officer"
    sex = Sex.FEMALE
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    email_visibility = Visibility.MEMBERS
    phone = factory.Sequence(lambda n: f"+62 31 555 {n:04d}")
    phone_visibility = Visibility.STAFF
