import factory
from django.utils import timezone

from kota.mailings.models import Audience, Contact, Delivery, Mailing, MailingTranslation, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    name = factory.Faker("name")
    language = "en"


class SubscriberFactory(ContactFactory):
    class Meta:
        skip_postgeneration_save = True

    subscription = Contact.Subscription.CONFIRMED

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience

    name = factory.Sequence(lambda n: f"Audience {n}")
    source = "focal_points"
    criteria = factory.LazyFunction(lambda: {"status": ["active"], "role": "all"})


class MailingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mailing
        skip_postgeneration_save = True

    kind = Mailing.Kind.NEWSLETTER
    subject = factory.Sequence(lambda n: f"Network news {n}")
    body = "## Cities at work\n\nRead [the story](https://example.org/story) of a member city."

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.add(*extracted)


class MailingTranslationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MailingTranslation

    mailing = factory.SubFactory(MailingFactory)
    language = "zh-hans"
    subject = "网络新闻"
    body = "## 城市在行动\n\n阅读[故事](https://example.org/story)。"


def permission_matrix_objects(personas):
    """What kota/core/tests/test_permissions.py opens in the mailings app, by placeholder: a
    draft mailing and a saved audience, a newsletter in the archive, a contact's key, one of
    its deliveries' tokens and a valid confirmation link."""
    audience = AudienceFactory()
    draft = MailingFactory(audiences=[audience])
    sent = MailingFactory(status=Mailing.Status.SENT, finished_at=timezone.now())
    contact = ContactFactory()
    delivery = Delivery.objects.create(
        mailing=sent, contact=contact, email=contact.email, status=Delivery.Status.SENT
    )
    return {
        "mailing": draft.pk,
        "audience": audience.pk,
        "archived": sent.slug,
        "contact_key": contact.key,
        "token": delivery.token,
        "confirm": contact.confirmation_token(),
        "contact": contact.pk,
    }
