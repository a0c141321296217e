import datetime

import factory
from django.utils import timezone

from kota.knowledge.models import KnowledgeItem, ReplicationInterest
from kota.members.factories import MemberFactory


class KnowledgeItemFactory(factory.django.DjangoModelFactory):
    """A draft good practice by a new member. `published=True` publishes it; `members`,
    `sdgs` and `core_areas` take lists."""

    class Meta:
        model = KnowledgeItem
        skip_postgeneration_save = True

    class Params:
        published = factory.Trait(
            status=KnowledgeItem.Status.PUBLISHED,
            published_at=factory.LazyFunction(timezone.now),
        )

    kind = KnowledgeItem.Kind.GOOD_PRACTICE
    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = "A city shares what it learnt."
    body = ""
    language_id = "en"
    country_id = "ID"
    period_start = datetime.date(2022, 3, 1)

    @factory.post_generation
    def members(self, create, extracted, **kwargs):
        if create:
            self.members.set(extracted if extracted is not None else [MemberFactory()])

    @factory.post_generation
    def sdgs(self, create, extracted, **kwargs):
        if create and extracted:
            self.sdgs.set(extracted)

    @factory.post_generation
    def core_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.core_areas.set(extracted)


class ReplicationInterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReplicationInterest

    item = factory.SubFactory(KnowledgeItemFactory, published=True)
    member = factory.SubFactory(MemberFactory)
