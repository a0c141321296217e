"""Mailings: who may be written to (contacts, topics, consent), what is sent (mailings and
their translations, the images library, saved audiences) and each message (deliveries)."""

from kota.mailings.models.contacts import Contact, Topic
from kota.mailings.models.deliveries import Delivery
from kota.mailings.models.mailings import Audience, Image, Mailing, MailingTranslation

__all__ = [
    "Audience",
    "Contact",
    "Delivery",
    "Image",
    "Mailing",
    "MailingTranslation",
    "Topic",
]
