"""Registration's emails, in the registrant's language, sent by tasks once the request commits."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kota.events.factories import EventFactory, RegistrationFactory, in_days, person
from kota.events.models import Event, Registration
from kota.events.tasks import send_due_reminders

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "name": "Siti Rahma",
        "email": "siti@example.org",
        "sex": "female",
        "age_group": "25-34",
        "role": "official",
        "country": "ID",
        "language": "id",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_a_confirmation_in_the_registrants_language_carries_the_event_and_their_link(
    client, django_capture_on_commit_callbacks
):
    event = EventFactory(title="Climate budgeting", title_translations={"id": "Anggaran iklim"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.get_absolute_url(), _form(language="id"))

    (message,) = mail.outbox
    registration = Registration.objects.get()
    assert message.to == ["siti@example.org"]
    assert message.subject == "Tempat Anda dikonfirmasi: Anggaran iklim"
    assert registration.get_absolute_url() in message.body
    ((filename, content, mimetype),) = message.attachments
    assert mimetype == "text/calendar"
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["summary"]) == "Anggaran iklim"


def test_a_chinese_registrant_on_the_waitlist_is_told_so_in_chinese(
    client, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    event.register(**person(1))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.get_absolute_url(), _form(language="zh-hans"))
    (message,) = mail.outbox
    assert message.subject.startswith("您已列入候补名单")
    assert "排第 1 位" in message.body
    assert not message.attachments


def test_the_promoted_registrant_is_emailed_when_someone_cancels(
    client, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    leaving = event.register(**person(1))
    waiting = event.register(**person(2, language="id"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:cancel_registration", args=[leaving.token]))
    (message,) = mail.outbox
    assert message.to == [waiting.email]
    assert message.subject.startswith("Tempat untuk Anda")


def test_approval_and_decline_are_emailed(client, personas, django_capture_on_commit_callbacks):
    event = EventFactory(requires_approval=True, capacity=5)
    accepted = event.register(**person(1))
    refused = event.register(**person(2, language="zh-hans"))
    client.force_login(personas.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:approve", args=[accepted.token]))
        client.post(reverse("events:decline", args=[refused.token]))
    accepted.refresh_from_db()
    refused.refresh_from_db()
    assert (accepted.status, refused.status) == ("confirmed", "declined")
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[accepted.email].startswith("Your place is confirmed")
    assert subjects[refused.email].startswith("您的报名未被接受")


def test_a_cancelled_event_tells_every_standing_registrant(
    client, personas, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    event.register(**person(1))
    event.register(**person(2))
    event.register(**person(3)).cancel()
    client.force_login(personas.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:cancel", args=[event.slug]))
    event.refresh_from_db()
    assert event.status == Event.Status.CANCELLED
    assert sorted(m.to[0] for m in mail.outbox) == [
        "official1@example.org",
        "official2@example.org",
    ]
    assert all(m.subject.startswith("Cancelled:") for m in mail.outbox)


def test_each_confirmed_participant_is_reminded_once_the_day_before():
    now = timezone.now()
    tomorrow = EventFactory(starts_at=now + datetime.timedelta(hours=20))
    next_week = EventFactory(starts_at=in_days(7))
    reminded = RegistrationFactory(event=tomorrow, language="id")
    RegistrationFactory(event=tomorrow, status=Registration.Status.WAITLISTED)
    RegistrationFactory(event=next_week)

    assert send_due_reminders(now) == 1
    assert send_due_reminders(now) == 0
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115

    (message,) = mail.outbox
    assert message.to == [reminded.email]
    assert message.subject.startswith("Besok:")
    reminded.refresh_from_db()
    assert reminded.reminded_at is not None
