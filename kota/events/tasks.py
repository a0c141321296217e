"""The emails of registration, sent as tasks in the registrant's language: confirmed (with the
event's .ics), waitlisted, waiting for approval, promoted from the waitlist, approved, declined,
the event cancelled, and the reminder the day before."""

import datetime

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from kota.events.calendars import calendar_file, ics_filename
from kota.events.models import Event, Registration
from kota.lib.email import absolute_url
from kota.mailings.audiences import Recipient
from kota.mailings.sending import send_message

# What happened to a registration -> its email's template under templates/events/email/.
NOTICES = {
    "confirmed": "events/email/confirmed",
    "waitlisted": "events/email/waitlisted",
    "pending": "events/email/pending",
    "promoted": "events/email/promoted",
    "approved": "events/email/confirmed",
    "declined": "events/email/declined",
    "event_cancelled": "events/email/event_cancelled",
    "reminder": "events/email/reminder",
}
# Notices that carry the event's calendar file.
WITH_CALENDAR = {"confirmed", "promoted", "approved", "reminder"}
REMIND_BEFORE = datetime.timedelta(days=1)


def _send(registration, notice):
    event = registration.event
    attachments = ()
    if notice in WITH_CALENDAR:
        with translation.override(registration.language):
            ics = calendar_file([event], registration=registration)
        attachments = [
            (
                ics_filename(event),
                ics,
                "text/calendar",
            )
        ]
    send_message(
        NOTICES[notice],
        {
            "registration": registration,
            "event": event,
            "notice": notice,
            "url": absolute_url(registration.get_absolute_url()),
            "event_url": absolute_url(event.get_absolute_url()),
        },
        to=[Recipient(registration.email, registration.name, registration.language)],
        language=registration.language,
        transactional=True,
        member=registration.member,
        attachments=attachments,
    )


@task()
def send_registration_notice(registration_id, notice):
    """Email a registrant what happened to their registration (`notice`, a key of NOTICES)."""
    registration = Registration.objects.select_related("event", "member").get(pk=registration_id)
    _send(registration, notice)


def notify(registration, notice):
    """Queue `notice` for `registration` once the current transaction commits."""
    transaction.on_commit(lambda: send_registration_notice.enqueue(registration.pk, notice))


def notice_for_status(registration):
    """The notice a new registration gets from its status."""
    return {
        Registration.Status.CONFIRMED: "confirmed",
        Registration.Status.WAITLISTED: "waitlisted",
        Registration.Status.PENDING: "pending",
    }[registration.status]


@task()
def send_event_cancelled(event_id):
    """Tell everyone whose registration stood that the event is cancelled."""
    event = Event.objects.get(pk=event_id)
    for registration in event.registrations.active().select_related("event", "member"):
        _send(registration, "event_cancelled")


def notify_cancelled_event(event):
    transaction.on_commit(lambda: send_event_cancelled.enqueue(event.pk))


def send_due_reminders(now=None):
    """Remind each registration holding a place at an event that starts within a day, once
    (`reminded_at`); returns how many were sent. Idempotent: run it every minute."""
    now = now or timezone.now()
    due = (
        Registration.objects.holding_places()
        .filter(
            reminded_at__isnull=True,
            event__status=Event.Status.PUBLISHED,
            event__starts_at__gt=now,
            event__starts_at__lte=now + REMIND_BEFORE,
        )
        .select_related("event", "member")
        .order_by("pk")
    )
    sent = 0
    for registration in due.iterator(chunk_size=200):
        # Claim the reminder first: a second run at the same time skips this registration.
        claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
            reminded_at=now
        )
        if claimed:
            _send(registration, "reminder")
            sent += 1
    return sent
