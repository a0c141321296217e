import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from kota.lib import measures
from kota.mailings.factories import AudienceFactory, MailingFactory
from kota.mailings.sending import send_message
from kota.mailings.tasks import send_mailing
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = pytest.mark.django_db


def test_members_reached_counts_each_member_once_in_its_period():
    reached = MemberFactory()
    FocalPointFactory(member=reached, email="mayor@a.example")
    FocalPointFactory(member=reached, email="officer@a.example")
    invoiced_only = MemberFactory()
    FocalPointFactory(member=MemberFactory(), email="")  # no address: not reached
    mailing = MailingFactory(audiences=[AudienceFactory()])
    mailing.schedule(timezone.now())
    send_mailing.call(mailing.pk)
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["treasurer@b.example"],
        language="en",
        transactional=True,
        member=invoiced_only,
    )
    today = timezone.localdate()
    members_reached = measures.get("mailings.members_reached")

    assert members_reached(today.replace(day=1), today) == Decimal(1)
    assert members_reached(today, today, transactional=True) == Decimal(2)
    last_year = today - datetime.timedelta(days=365)
    assert members_reached(last_year, last_year) == Decimal(0)
