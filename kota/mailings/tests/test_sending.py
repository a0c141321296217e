"""Sending a mailing: who gets it, in which language, with which headers, and at most once."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.utils import timezone

from kota.dues.factories import FeeScheduleFactory
from kota.dues.services import issue_invoices, send_reminders
from kota.mailings.factories import (
    AudienceFactory,
    ContactFactory,
    MailingFactory,
    MailingTranslationFactory,
    SubscriberFactory,
    TopicFactory,
)
from kota.mailings.models import Contact, Delivery, Mailing
from kota.mailings.sending import count_recipients, send_batch, send_message
from kota.mailings.tasks import send_mailing
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db


def schedule_now(mailing):
    mailing.schedule(timezone.now())
    return send_mailing.call(mailing.pk)


def to(message):
    return message.to[0].rsplit("<", 1)[-1].rstrip(">")


def test_a_newsletter_goes_once_to_each_address_of_its_audiences_and_subscribers():
    topic = TopicFactory(slug="news")
    member = MemberFactory(language="id")
    FocalPointFactory(member=member, email="Wali@Kota.example")
    FocalPointFactory(member=MemberFactory(status=Member.Status.LAPSED), email="old@kota.example")
    SubscriberFactory(email="wali@kota.example", topics=[topic])
    SubscriberFactory(email="reader@example.org", topics=[topic])
    SubscriberFactory(email="other-topic@example.org", topics=[TopicFactory(slug="jobs")])
    mailing = MailingFactory(topic=topic, to_subscribers=True, audiences=[AudienceFactory()])

    assert count_recipients(mailing)["recipients"] == 2
    assert schedule_now(mailing) == "finished"

    assert sorted(to(message) for message in mail.outbox) == [
        "reader@example.org",
        "wali@kota.example",
    ]
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT
    assert mailing.deliveries.statistics()["sent"] == 2


def test_every_mailing_message_carries_both_unsubscribe_headers():
    SubscriberFactory(email="reader@example.org")
    mailing = MailingFactory(kind=Mailing.Kind.ANNOUNCEMENT, to_subscribers=True)
    schedule_now(mailing)

    (message,) = mail.outbox
    contact = Contact.objects.get(email="reader@example.org")
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<http://testserver/mailings/unsubscribe/{contact.key}/>".replace(
            "http://testserver", "http://127.0.0.1:8000"
        )
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_message_of_another_app_carries_them_unless_it_is_transactional():
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["a@example.org"],
        language="en",
        transactional=False,
    )
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["b@example.org"],
        language="en",
        transactional=True,
    )

    invitation, receipt = mail.outbox
    assert "List-Unsubscribe" in invitation.extra_headers
    assert "List-Unsubscribe-Post" in invitation.extra_headers
    assert "List-Unsubscribe" not in receipt.extra_headers


def test_an_unsubscribed_person_gets_no_newsletter_but_still_an_invoice_reminder(
    django_capture_on_commit_callbacks,
):
    FeeScheduleFactory(year=2026, fee="1000")  # due 31 March
    member = MemberFactory()
    FocalPointFactory(member=member, email="treasurer@kota.example", is_billing=True)
    ContactFactory(email="treasurer@kota.example").opt_out()
    schedule_now(MailingFactory(kind=Mailing.Kind.ANNOUNCEMENT, audiences=[AudienceFactory()]))
    assert mail.outbox == []

    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))
    with django_capture_on_commit_callbacks(execute=True):
        [reminder] = send_reminders(today=datetime.date(2026, 3, 1))  # 30 days before

    (message,) = mail.outbox
    assert to(message) == "treasurer@kota.example"
    assert message.attachments[0][0].endswith(".pdf")
    assert "List-Unsubscribe" not in message.extra_headers
    delivery = Delivery.objects.get(category=Delivery.Category.TRANSACTIONAL)
    assert delivery.status == Delivery.Status.SENT and delivery.member == member


def test_readers_get_their_language_and_fall_back_to_english():
    SubscriberFactory(email="zh@example.org", language="zh-hans")
    SubscriberFactory(email="id@example.org", language="id")
    mailing = MailingFactory(subject="Network news", to_subscribers=True)
    MailingTranslationFactory(mailing=mailing, language="zh-hans", subject="网络新闻")
    schedule_now(mailing)

    by_address = {to(message): message for message in mail.outbox}
    assert by_address["zh@example.org"].subject == "网络新闻"
    assert "城市在行动" in by_address["zh@example.org"].body
    assert by_address["id@example.org"].subject == "Network news"
    assert "Cities at work" in by_address["id@example.org"].body
    assert 'lang="en"' in by_address["id@example.org"].alternatives[0][0]


def test_a_suppressed_address_gets_nothing_not_even_transactional_mail():
    SubscriberFactory(email="gone@example.org").suppress("550 5.1.1 user unknown")
    schedule_now(MailingFactory(to_subscribers=True))
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["gone@example.org"],
        language="en",
        transactional=True,
    )

    assert mail.outbox == []
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SKIPPED}


def test_a_mailing_waits_for_its_time():
    SubscriberFactory()
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now() + datetime.timedelta(hours=2))

    assert send_batch(mailing.pk) == "waiting"
    assert mail.outbox == []
    assert list(Mailing.objects.due()) == []
    assert list(Mailing.objects.due(timezone.now() + datetime.timedelta(hours=3))) == [mailing]


def test_batches_follow_each_other_until_everyone_has_it(settings):
    settings.MAILINGS_BATCH_SIZE = 3
    SubscriberFactory.create_batch(8)
    mailing = MailingFactory(to_subscribers=True)

    assert schedule_now(mailing) in ("finished", "more")

    assert len(mail.outbox) == 8
    assert len({to(message) for message in mail.outbox}) == 8
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT


def test_a_sender_that_died_leaves_its_message_in_doubt_and_the_next_sends_the_rest(settings):
    settings.MAILINGS_BATCH_SIZE = 2
    SubscriberFactory.create_batch(5)
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())
    assert send_batch(mailing.pk, owner="first") == "more"
    assert len(mail.outbox) == 2
    # The first sender claims a third message and dies before recording it; its lease runs out.
    claimed = mailing.deliveries.filter(status=Delivery.Status.QUEUED).order_by("pk").first()
    Delivery.objects.filter(pk=claimed.pk).update(status=Delivery.Status.SENDING, sender="first")
    Mailing.objects.filter(pk=mailing.pk).update(
        status=Mailing.Status.SENDING,
        lease_owner="first",
        lease_expires_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    assert list(Mailing.objects.due()) == [mailing]

    while send_batch(mailing.pk, owner="second") == "more":
        pass

    claimed.refresh_from_db()
    assert claimed.status == Delivery.Status.IN_DOUBT
    sent_to = [to(message) for message in mail.outbox]
    assert len(sent_to) == len(set(sent_to)) == 4
    assert claimed.email not in sent_to
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT


def test_a_live_lease_keeps_a_second_sender_out():
    SubscriberFactory()
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())
    assert mailing.take_lease("first", 60)

    assert send_batch(mailing.pk, owner="second") == "busy"
    assert mail.outbox == []


def test_a_cancelled_mailing_sends_nothing_more():
    SubscriberFactory.create_batch(2)
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())
    mailing.cancel()

    assert send_batch(mailing.pk) == "waiting"
    assert mail.outbox == []


def test_a_message_without_an_html_template_is_sent_as_text_and_recorded():
    (delivery,) = send_message(
        "mailings/email/confirm",
        {"url": "https://kota.example.org/x"},
        to=["Ani@Example.org"],
        language="id",
        transactional=True,
    )

    (message,) = mail.outbox
    assert message.alternatives == []
    assert "https://kota.example.org/x" in message.body
    assert message.extra_headers["Message-ID"] == delivery.message_id
    assert (delivery.email, delivery.status) == ("ani@example.org", Delivery.Status.SENT)
    assert Contact.objects.get(email="ani@example.org").language == "id"


def test_a_reader_who_takes_no_announcements_still_gets_the_newsletter_they_chose():
    topic = TopicFactory(slug="news")
    reader = SubscriberFactory(email="reader@example.org", topics=[topic])
    reader.choose(
        newsletter=True, topics=[topic], announcements=False, language="en", tracking=True
    )
    schedule_now(MailingFactory(kind=Mailing.Kind.ANNOUNCEMENT, to_subscribers=True))
    assert mail.outbox == []
    schedule_now(MailingFactory(topic=topic, to_subscribers=True))
    assert [to(message) for message in mail.outbox] == ["reader@example.org"]


class FailingBackend:
    """An email backend whose server fails the second message with `error`."""

    error = None

    def __init__(self, **kwargs):
        self.sent = 0

    def open(self):
        pass

    def close(self):
        pass

    def send_messages(self, messages):
        self.sent += 1
        if self.sent == 2:
            raise type(self).error
        mail.outbox.extend(messages)
        return len(messages)


@pytest.mark.parametrize(
    "error, second_becomes",
    [
        (smtplib.SMTPDataError(451, b"try later"), Delivery.Status.QUEUED),
        (smtplib.SMTPServerDisconnected("connection lost"), Delivery.Status.IN_DOUBT),
    ],
    ids=["refused", "disconnected"],
)
def test_a_failing_server_stops_the_batch_without_sending_anyone_twice(
    settings, error, second_becomes
):
    FailingBackend.error = error
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    SubscriberFactory.create_batch(3)
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())

    assert send_batch(mailing.pk) == "stopped"

    statuses = list(mailing.deliveries.order_by("pk").values_list("status", flat=True))
    assert statuses == [Delivery.Status.SENT, second_becomes, Delivery.Status.QUEUED]
    assert len(mail.outbox) == 1
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENDING and not mailing.lease_owner
    assert list(Mailing.objects.due()) == [mailing]  # the minute job tries again
