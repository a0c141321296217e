"""Bounces and complaints reported by an email service's signed webhook (Mailgun's here)."""

import hashlib
import hmac
import json
import time

import pytest
from django.core import mail
from django.utils import timezone

from kota.mailings.factories import MailingFactory, SubscriberFactory
from kota.mailings.models import Contact, Delivery
from kota.mailings.sending import send_message
from kota.mailings.tasks import send_mailing

pytestmark = pytest.mark.django_db
URL = "/mailings/anymail/mailgun/tracking/"
SIGNING_KEY = "key-test-signing"


@pytest.fixture(autouse=True)
def mailgun(settings):
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY, "WEBHOOK_SECRET": "kota:hook"}


def signed(event, key=SIGNING_KEY):
    timestamp, token = str(int(time.time())), "a" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {
        "signature": {"timestamp": timestamp, "token": token, "signature": signature},
        "event-data": event,
    }


def post(client, payload):
    return client.post(
        URL,
        data=json.dumps(payload),
        content_type="application/json",
        HTTP_AUTHORIZATION="Basic a290YTpob29r",  # kota:hook
    )


def bounce(delivery):
    return {
        "event": "failed",
        "severity": "permanent",
        "reason": "bounce",
        "recipient": delivery.email,
        "timestamp": time.time(),
        "message": {"headers": {"message-id": delivery.message_id.strip("<>")}},
        "delivery-status": {"code": 550, "description": "550 5.1.1 No such user"},
    }


def sent_newsletter():
    SubscriberFactory(email="gone@example.org")
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())
    send_mailing.call(mailing.pk)
    return mailing.deliveries.get()


def test_a_hard_bounce_suppresses_the_address(client):
    delivery = sent_newsletter()

    assert post(client, signed(bounce(delivery))).status_code == 200

    delivery.refresh_from_db()
    assert delivery.bounced_at is not None
    contact = Contact.objects.get(email="gone@example.org")
    assert contact.suppressed_at is not None
    mail.outbox.clear()
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["gone@example.org"],
        language="en",
        transactional=True,
    )
    assert mail.outbox == []
    assert Delivery.objects.filter(status=Delivery.Status.SKIPPED).count() == 1


def test_a_webhook_with_a_bad_signature_is_refused_and_changes_nothing(client):
    delivery = sent_newsletter()

    response = post(client, signed(bounce(delivery), key="key-of-somebody-else"))

    assert response.status_code == 400
    assert Contact.objects.get(email="gone@example.org").suppressed_at is None
    delivery.refresh_from_db()
    assert delivery.bounced_at is None


def test_a_webhook_without_the_shared_secret_is_refused(client):
    delivery = sent_newsletter()

    response = client.post(
        URL, data=json.dumps(signed(bounce(delivery))), content_type="application/json"
    )

    assert response.status_code == 400
    assert Contact.objects.get(email="gone@example.org").suppressed_at is None


def test_a_complaint_opts_the_reader_out_and_a_delivery_is_recorded(client):
    delivery = sent_newsletter()
    event = {**bounce(delivery), "event": "complained"}
    post(client, signed({**event, "event": "delivered"}))
    post(client, signed(event))

    delivery.refresh_from_db()
    assert delivery.delivered_at and delivery.complained_at
    contact = Contact.objects.get(email="gone@example.org")
    assert contact.opted_out_at and contact.opt_out_reason == Contact.OptOutReason.COMPLAINT
    assert contact.suppressed_at is None
