"""Renewal reminders before a cooperation's validity ends and the yearly review prompt go to
the focal points of every side, each once, however often the daily command runs."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from kota.cooperation.factories import CooperationFactory
from kota.cooperation.tasks import send_due_reminders

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 2)


@pytest.fixture
def sides(personas):
    personas.surabaya_contact.email = "fp@surabaya.example"
    personas.surabaya_contact.save()
    personas.makassar_contact.email = "fp@makassar.example"
    personas.makassar_contact.save()
    return [personas.surabaya_city, personas.makassar_city]


def addresses(outbox):
    return sorted((m.to[0], m.subject) for m in outbox)


def test_a_renewal_reminder_is_sent_once_to_every_side(sides, mailoutbox):
    CooperationFactory(
        title="Waste MoU",
        sides=sides,
        started_on=TODAY.replace(year=2026, month=6),
        ends_on=TODAY + datetime.timedelta(days=60),
    )
    CooperationFactory(
        sides=sides, started_on=TODAY.replace(month=6), ends_on=TODAY + datetime.timedelta(days=200)
    )
    assert send_due_reminders(TODAY) == (1, 0)
    assert addresses(mailoutbox) == [
        ("fp@makassar.example", "To renew: Waste MoU"),
        ("fp@surabaya.example", "To renew: Waste MoU"),
    ]
    assert send_due_reminders(TODAY) == (0, 0)
    assert send_due_reminders(TODAY + datetime.timedelta(days=30)) == (0, 0)
    assert len(mailoutbox) == 2


def test_the_yearly_review_prompt_is_sent_once_a_year(sides, mailoutbox):
    CooperationFactory(title="Sister cities", sides=sides, started_on=datetime.date(2020, 5, 1))
    CooperationFactory(sides=sides, started_on=TODAY - datetime.timedelta(days=100))  # too new
    assert send_due_reminders(TODAY) == (0, 1)
    assert {m.subject for m in mailoutbox} == {"Yearly review: Sister cities"}
    assert len(mailoutbox) == 2
    assert send_due_reminders(TODAY) == (0, 0)
    assert send_due_reminders(TODAY + datetime.timedelta(days=200)) == (0, 0)
    # A year on, the first is due again and the second has its first year.
    assert send_due_reminders(TODAY + datetime.timedelta(days=366)) == (0, 2)
    assert len(mailoutbox) == 6


def test_a_cooperation_not_yet_verified_is_not_reminded(sides, mailoutbox):
    CooperationFactory(
        sides=sides,
        status="proposed",
        started_on=datetime.date(2020, 1, 1),
        ends_on=TODAY + datetime.timedelta(days=10),
    )
    assert send_due_reminders(TODAY) == (0, 0)
    assert mailoutbox == []


def test_the_daily_command_runs_them(sides, mailoutbox):
    CooperationFactory(sides=sides, started_on=datetime.date(2020, 1, 1))
    out = StringIO()
    call_command("send_cooperation_reminders", stdout=out)
    call_command("send_cooperation_reminders", stdout=out)
    assert "review prompts sent: 1" in out.getvalue()
    assert "review prompts sent: 0" in out.getvalue()
    assert len(mailoutbox) == 2
