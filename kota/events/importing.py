"""Attendance from a webinar platform's report (Zoom, Webex, Teams, Google Meet... saved as
CSV): who was present at one session of an event, matched by email to the event's confirmed
registrations.

The rules of Kota's other imports apply (kota/lib/csvfile.py): every row is checked before
anything is written and the file is imported whole or not at all. A row whose address matches
nobody confirmed for the event, an address listed twice and a row that cannot be read are each
named by their line, and reject the file: nothing is dropped silently. Importing the same
report twice records nothing twice (a person is present at a session once).

Platforms name their columns differently; the headings in HEADINGS are read as Kota's
columns. Times without a zone are read in the event's time zone, as platforms write them in
the organiser's. A duration is in minutes (12, 12.5) or written out (1h 5m 3s, 1:05:03); without
one, the minutes between joining and leaving are recorded.
"""

import datetime
import functools
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task
from simple_history.utils import bulk_update_with_history

from kota.core.models import ImportJob
from kota.events.models import Attendance, Registration, Session
from kota.lib.csvfile import ImportRejected, RowError, read_rows

ATTENDANCE = "attendance"  # the ImportJob kind
BATCH = 500  # rows a statement writes

REQUIRED_COLUMNS = ["email"]
COLUMNS = ["name", "email", "join_time", "leave_time", "duration"]

# Headings of platforms' reports, read as Kota's columns (compared in lower case).
HEADINGS = {
    "name": [
        "name (original name)",
        "name",
        "full name",
        "participant",
        "participant name",
        "attendee name",
        "user name",
        "display name",
    ],
    "email": [
        "user email",
        "email",
        "e-mail",
        "email address",
        "attendee email",
        "participant email",
    ],
    "join_time": ["join time", "join_time", "joined", "time joined", "first join", "join"],
    "leave_time": ["leave time", "leave_time", "left", "time left", "last leave", "leave"],
    "duration": [
        "duration (minutes)",
        "duration",
        "duration (mins)",
        "duration_minutes",
        "minutes",
        "time in session (minutes)",
        "in-meeting duration",
        "attendance duration",
    ],
}
ALIASES = {heading: column for column, headings in HEADINGS.items() for heading in headings}

TIME_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
]
WRITTEN_DURATION = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$")
CLOCK_DURATION = re.compile(r"^(\d+):([0-5]\d)(?::([0-5]\d))?$")


def parse_minutes(text):
    """Whole minutes (rounded) from `text`: 65, 64.6, "1h 5m", "1:05:00"; ValueError if it
    is none of these or negative."""
    text = text.strip().lower()
    try:
        minutes = Decimal(text)
    except InvalidOperation:
        clock = CLOCK_DURATION.match(text)
        written = WRITTEN_DURATION.match(text) if not clock else None
        if clock:
            hours, mins, secs = (int(part or 0) for part in clock.groups())
        elif written and any(written.groups()):
            hours, mins, secs = (int(part or 0) for part in written.groups())
        else:
            raise ValueError(text) from None
        minutes = Decimal(hours * 60 + mins) + Decimal(secs) / 60
    if not minutes.is_finite() or minutes < 0:
        raise ValueError(text)
    return int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class TimeField(forms.CharField):
    """A moment as platforms write it; a time without a zone is in `zone`."""

    def __init__(self, *args, zone=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        for pattern in TIME_FORMATS:
            try:
                moment = datetime.datetime.strptime(value, pattern)
            except ValueError:
                continue
            return timezone.make_aware(moment, self.zone)
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError(
                _("“%(value)s” is not a time Kota reads; write it as 2025-03-15 09:58:12.")
                % {"value": value}
            ) from None
        return moment if timezone.is_aware(moment) else timezone.make_aware(moment, self.zone)


class AttendanceRowForm(forms.Form):
    name = forms.CharField(max_length=300, required=False)
    email = forms.CharField(max_length=254)
    join_time = TimeField(required=False)
    leave_time = TimeField(required=False)
    duration = forms.CharField(max_length=30, required=False)

    def __init__(self, *args, registrations, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = registrations
        self.fields["join_time"].zone = self.fields["leave_time"].zone = zone

    def clean_email(self):
        email = Registration.normalise_email(self.cleaned_data["email"])
        forms.EmailField().clean(email)
        registration = self.registrations.get(email)
        if registration is None:
            raise forms.ValidationError(
                _("Nobody registered for this event with the address %(email)s.") % {"email": email}
            )
        if not registration.holds_place:
            raise forms.ValidationError(
                _("%(name)s (%(email)s) has no confirmed place: %(status)s.")
                % {
                    "name": registration.name,
                    "email": email,
                    "status": registration.get_status_display().lower(),
                }
            )
        return registration

    def clean_duration(self):
        text = self.cleaned_data["duration"]
        if not text:
            return None
        try:
            return parse_minutes(text)
        except ValueError:
            raise forms.ValidationError(
                _("“%(value)s” is not a duration; write the minutes, as in 45.") % {"value": text}
            ) from None

    def clean(self):
        data = super().clean()
        joined, left = data.get("join_time"), data.get("leave_time")
        if joined and left and left < joined:
            self.add_error("leave_time", _("This person left before they joined."))
        elif data.get("duration") is None and joined and left:
            data["duration"] = round((left - joined).total_seconds() / 60)
        return data


def registrations_by_email(event):
    """The event's registrations by address: the one that stands where an address registered
    again after cancelling."""
    found = {}
    for registration in event.registrations.order_by("created_at", "pk"):
        registration.event = event  # one event object for all: no query per row
        if registration.is_active or registration.email not in found:
            found[registration.email] = registration
    return found


def check_attendance(content, *, session, progress=None):
    """The checked rows of `content` (bytes) for `session`, or ImportRejected."""
    event = session.event
    return read_rows(
        content,
        form_class=AttendanceRowForm,
        required=REQUIRED_COLUMNS,
        columns=COLUMNS,
        unique="email",
        aliases=ALIASES,
        form_kwargs={"registrations": registrations_by_email(event), "zone": event.zone},
        progress=progress,
    )


def record_attendance(rows, *, session):
    """Record checked rows as present at `session`, in one transaction: (recorded, skipped)
    counts, where skipped were already recorded (by check-in or an earlier import), or
    ImportRejected and nothing recorded.

    The rows are written in bulk, a few queries for the whole file rather than a few per row:
    under the event's lock (which check-in and cancellation take too), the registrations are
    checked to still hold their place, the attendances inserted, and each participant's
    `attended` set by the rule of Registration.refresh_attended, with its history."""
    with transaction.atomic():
        event = session.event.locked()
        seen = set(
            Attendance.objects.filter(session=session).values_list("registration_id", flat=True)
        )
        new = [row for row in rows if row["email"].pk not in seen]
        _refuse_places_lost(event, new)
        now = timezone.now()
        Attendance.objects.bulk_create(
            [
                Attendance(
                    registration_id=row["email"].pk,
                    session=session,
                    source=Attendance.Source.IMPORT,
                    minutes=row["duration"],
                    recorded_at=now,
                )
                for row in new
            ],
            batch_size=BATCH,
        )
        _refresh_attended(event, {row["email"].pk for row in new}, now)
    return len(new), len(rows) - len(new)


def _refuse_places_lost(event, rows):
    """ImportRejected naming each row whose registration lost its place (cancelled, say)
    since the file was checked."""
    lost = dict(
        event.registrations.exclude(status=Registration.Status.CONFIRMED).values_list(
            "pk", "status"
        )
    )
    errors = [
        RowError(
            row.line,
            "email",
            _("%(name)s has no confirmed place at this event.") % {"name": row["email"].name},
        )
        for row in rows
        if row["email"].pk in lost
    ]
    if errors:
        raise ImportRejected(errors)


def _refresh_attended(event, ids, now):
    """Registration.refresh_attended for the registrations `ids` of `event`, in bulk."""
    needed = event.attendance_needed()
    present = event.registrations.annotate(present=Count("attendances")).values_list(
        "pk", "present", "attended"
    )
    attended = {pk: n >= needed for pk, n, was in present if pk in ids and (n >= needed) != was}
    changed = sorted(attended)
    for start in range(0, len(changed), BATCH):
        registrations = list(event.registrations.filter(pk__in=changed[start : start + BATCH]))
        for registration in registrations:
            registration.attended = attended[registration.pk]
            registration.updated_at = now
        bulk_update_with_history(
            registrations,
            Registration,
            ["attended", "updated_at"],
            batch_size=BATCH,
            default_change_reason="Attendance imported",
        )


def import_attendance(content, *, session):
    """Returns (recorded, skipped) counts, or raises ImportRejected and records nothing."""
    return record_attendance(check_attendance(content, session=session), session=session)


@task()
def run_attendance_import(job_id):
    """Check and record an uploaded attendance report, recording progress on its ImportJob."""
    job = ImportJob.objects.get(pk=job_id)
    session = Session.objects.select_related("event").get(pk=job.params["session"])

    def write(rows):
        recorded, skipped = record_attendance(rows, session=session)
        return {"recorded": recorded, "skipped": skipped, "session": session.display_title}

    job.run(check=functools.partial(check_attendance, session=session), write=write)


def queue_attendance_import(upload, *, session, by):
    """An ImportJob for the uploaded report of `session`, run as a task once the request
    commits."""
    with transaction.atomic():
        job = ImportJob.objects.create(
            kind=ATTENDANCE,
            params={"event": session.event_id, "session": session.pk},
            created_by=by,
            filename=upload.name[:255],
            content=upload.read(),
        )
        transaction.on_commit(lambda: run_attendance_import.enqueue(job.pk))
    return job
