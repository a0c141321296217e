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


def permission_matrix_objects(personas):
    """The records kota/core/tests/test_permissions.py opens: an active cooperation of
    Surabaya and Makassar, one Surabaya proposed to another city, a learning request, and an
    appeal with a need of Makassar that Surabaya pledged to."""
    from kota.cooperation.models import Cooperation, LearningRequest
    from kota.core.models import CoreArea

    active = CooperationFactory(sides=[personas.surabaya_city, personas.makassar_city])
    proposed = Cooperation.propose(
        member=personas.surabaya_city,
        others=[MemberFactory()],
        by=personas.surabaya,
        kind=Cooperation.Kind.MOU,
        title="Awaiting the other side",
        started_on=datetime.date(2026, 1, 1),
    )
    request = LearningRequest.open(
        member=personas.surabaya_city,
        by=personas.surabaya,
        core_area=CoreArea.objects.get(slug="climate-drr"),
    )
    need = NeedFactory(member=personas.makassar_city, quantity=10)
    pledge = need.pledge(quantity=2, member=personas.surabaya_city, by=personas.surabaya)
    return {
        "cooperation": active.pk,
        "proposed_cooperation": proposed.pk,
        "learning_request": request.pk,
        "appeal": need.appeal.slug,
        "pledge": pledge.pk,
    }
