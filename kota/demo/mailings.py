"""The demo's mailings, from data/mailings.yaml: topics, saved audiences, fictional
subscribers at example.org, a newsletter sent some days ago (with its deliveries, a few opened)
and a draft."""

import datetime
import random

import yaml
from django.utils import timezone

from kota.demo.data import DATA
from kota.mailings.models import (
    Audience,
    Contact,
    Delivery,
    Mailing,
    MailingTranslation,
    Topic,
)
from kota.mailings.sending import mailing_recipients


def build_mailings(rng: random.Random):
    """Returns the number of newsletters built."""
    data = yaml.safe_load((DATA / "mailings.yaml").read_text(encoding="utf-8"))
    topics = {}
    for position, row in enumerate(data["topics"]):
        topics[row["slug"]] = Topic.objects.create(
            slug=row["slug"],
            name=row["name"],
            name_translations=row.get("names", {}),
            description=row.get("description", ""),
            position=position,
        )
    audiences = {
        row["name"]: Audience.objects.create(
            name=row["name"], source=row["source"], criteria=row["criteria"]
        )
        for row in data["audiences"]
    }
    subscribers = data["subscribers"]
    now = timezone.now()
    for n in range(subscribers["count"]):
        contact = Contact.objects.create(
            email=f"reader{n + 1}@example.org",
            name=f"Demo reader {n + 1}",
            language=rng.choice(subscribers["languages"]),
            subscription=Contact.Subscription.CONFIRMED,
            subscribed_at=now - datetime.timedelta(days=rng.randint(30, 400)),
            tracking=rng.random() > 0.2,
        )
        contact.topics.add(*{topics[slug] for slug in rng.sample(subscribers["topics"], 2)})
    for row in data["newsletters"]:
        mailing = Mailing.objects.create(
            kind=Mailing.Kind.NEWSLETTER,
            subject=row["subject"],
            body=row["body"],
            topic=topics[row["topic"]],
            to_subscribers=True,
        )
        mailing.audiences.set(audiences[name] for name in row.get("audiences", []))
        for language, text in row.get("translations", {}).items():
            MailingTranslation.objects.create(
                mailing=mailing, language=language, subject=text["subject"], body=text["body"]
            )
        if "sent_days_ago" in row:
            record_sent(rng, mailing, now - datetime.timedelta(days=row["sent_days_ago"]))
    return len(data["newsletters"])


def record_sent(rng, mailing, sent_at):
    """Mark `mailing` sent at `sent_at`, with a delivery per address it would have reached."""
    recipients = mailing_recipients(mailing)
    contacts = Contact.objects.for_addresses(recipients.values())
    deliveries = []
    for email, recipient in recipients.items():
        contact = contacts[email]
        opened_at = None
        if contact.tracking and rng.random() < 0.45:
            opened_at = sent_at + datetime.timedelta(hours=rng.randint(1, 72))
        deliveries.append(
            Delivery(
                mailing=mailing,
                contact=contact,
                email=email,
                name=recipient.name[:150],
                language=contact.language,
                member_id=recipient.member_id,
                subject=mailing.subject[:200],
                status=Delivery.Status.SENT,
                queued_at=sent_at,
                sent_at=sent_at,
                opened_at=opened_at,
            )
        )
    Delivery.objects.bulk_create(deliveries)
    Mailing.objects.filter(pk=mailing.pk).update(
        status=Mailing.Status.SENT,
        scheduled_at=sent_at,
        prepared_at=sent_at,
        started_at=sent_at,
        finished_at=sent_at + datetime.timedelta(minutes=12),
    )
