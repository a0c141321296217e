"""A webinar platform's attendance report: matched by email to confirmed registrations,
imported whole or rejected whole with every problem named by its line; never a row dropped."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kota.core.models import ImportJob
from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory
from kota.events.importing import import_attendance, parse_minutes
from kota.events.models import Attendance, Registration
from kota.lib.csvfile import ImportRejected

pytestmark = pytest.mark.django_db

ZOOM_HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"


@pytest.fixture
def webinar():
    event = EventFactory(kind="webinar", time_zone="Asia/Jakarta")
    sessions = SessionFactory.create_batch(3, event=event)
    people = {
        name: RegistrationFactory(event=event, name=name.title(), email=f"{name}@example.org")
        for name in ("ana", "budi", "chen")
    }
    people["dewi"] = RegistrationFactory(
        event=event, name="Dewi", email="dewi@example.org", status=Registration.Status.WAITLISTED
    )
    return event, sessions, people


def upload(client, event, session, content, django_capture_on_commit_callbacks):
    """Upload `content` through the import page (the task runs in process at commit) and
    return the job."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/events/{event.slug}/attendance/import/",
            {
                "session": session.pk,
                "file": SimpleUploadedFile("zoom.csv", content.encode(), "text/csv"),
            },
        )
    assert response.status_code == 302
    job = ImportJob.objects.get(kind="attendance")
    assert response.url == f"/events/{event.slug}/attendance/import/{job.pk}/"
    return job


def test_a_report_with_unmatched_duplicate_and_malformed_rows_is_rejected_whole(
    client, personas, webinar, django_capture_on_commit_callbacks
):
    event, sessions, _people = webinar
    content = ZOOM_HEADER + (
        "Ana,ana@example.org,03/15/2026 09:58:12 AM,03/15/2026 11:02:00 AM,64,No\n"  # line 2: good
        "Stranger,nobody@example.org,03/15/2026 10:00:00 AM,03/15/2026 10:30:00 AM,30,Yes\n"
        "Ana again,ANA@example.org,03/15/2026 10:40:00 AM,03/15/2026 11:00:00 AM,20,No\n"
        "Budi,budi@example.org,yesterday,03/15/2026 11:00:00 AM,abc,No\n"  # line 5
        "Dewi,dewi@example.org,03/15/2026 10:00:00 AM,03/15/2026 11:00:00 AM,60,No\n"
        "Chen,not-an-address,03/15/2026 10:00:00 AM,03/15/2026 09:00:00 AM,,No\n"  # line 7
    )
    client.force_login(personas.secretariat)
    job = upload(client, event, sessions[0], content, django_capture_on_commit_callbacks)

    job.refresh_from_db()
    assert job.state == ImportJob.State.REJECTED
    problems = {(e["row"], e["column"]) for e in job.errors}
    assert problems == {
        (3, "email"),  # unmatched
        (4, "email"),  # Ana twice
        (5, "join_time"),
        (5, "duration"),
        (6, "email"),  # waitlisted: no confirmed place
        (7, "email"),
        (7, "leave_time"),
    }
    messages = {(e["row"], e["column"]): e["message"] for e in job.errors}
    assert "nobody@example.org" in messages[(3, "email")]
    assert "row 2" in messages[(4, "email")].lower()
    assert "on the waitlist" in messages[(6, "email")]
    assert Attendance.objects.count() == 0

    page = client.get(f"/events/{event.slug}/attendance/import/{job.pk}/")
    assert "7 problems; nothing was imported" in page.content.decode()
    assert "nobody@example.org" in page.content.decode()


def test_a_good_report_is_imported_whole_and_twice_records_nothing_twice(
    client, personas, webinar, django_capture_on_commit_callbacks
):
    event, sessions, people = webinar
    content = (
        "Name,Email,Join time,Leave time\n"
        "Ana,ana@example.org,2026-03-15 09:58,2026-03-15 11:02\n"
        "\n"
        "Budi,Budi@Example.org,2026-03-15 10:00,2026-03-15 10:45\n"
    )
    client.force_login(personas.secretariat)
    job = upload(client, event, sessions[1], content, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE, job.errors
    assert job.summary["recorded"] == 2 and job.summary["skipped"] == 0
    minutes = dict(
        Attendance.objects.filter(session=sessions[1]).values_list("registration__email", "minutes")
    )
    assert minutes == {"ana@example.org": 64, "budi@example.org": 45}
    assert set(event.registrations.attended().values_list("email", flat=True)) == {
        "ana@example.org",
        "budi@example.org",
    }
    page = client.get(f"/events/{event.slug}/attendance/import/{job.pk}/")
    assert "2 participants recorded as present" in page.content.decode()

    assert import_attendance(content.encode(), session=sessions[1]) == (0, 2)
    assert Attendance.objects.count() == 2
    assert not people["chen"].attendances.exists()


def test_a_person_present_at_three_sessions_counts_once(webinar):
    event, sessions, people = webinar
    for n, session in enumerate(sessions):
        content = f"email,duration\nana@example.org,{30 + n}\nbudi@example.org,1h 5m\n"
        assert import_attendance(content.encode(), session=session) == (2, 0)

    day = timezone.localdate(event.ends_at)
    counted = Registration.objects.counted(day, day)
    assert counted.count() == 2
    assert counted.breakdown("sex") == {("female",): 2}
    assert people["ana"].attendances.count() == 3


def test_headings_of_other_platforms_are_read_and_a_missing_email_column_is_named(webinar):
    event, sessions, _people = webinar
    teams = "Full Name,Email Address,First Join,Last Leave,In-Meeting Duration\n"
    content = teams + "Chen,chen@example.org,2026-03-15 10:00:00,2026-03-15 11:00:00,1:00:00\n"
    assert import_attendance(content.encode(), session=sessions[2]) == (1, 0)
    assert Attendance.objects.get().minutes == 60

    with pytest.raises(ImportRejected) as rejected:
        import_attendance(b"Name,Join Time\nAna,2026-03-15 10:00\n", session=sessions[2])
    [error] = rejected.value.errors
    assert error.row == 1 and "email" in error.message


def test_times_without_a_zone_are_read_in_the_events_zone():
    from kota.events.importing import AttendanceRowForm

    event = EventFactory(time_zone="Asia/Shanghai")
    registration = RegistrationFactory(event=event, email="li@example.org")
    form = AttendanceRowForm(
        {"email": "li@example.org", "join_time": "2026-03-15 09:00", "leave_time": ""},
        registrations={"li@example.org": registration},
        zone=event.zone,
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["join_time"] == datetime.datetime(2026, 3, 15, 1, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("45", 45),
        ("44.6", 45),
        ("1h 5m", 65),
        ("1h 5m 40s", 66),
        ("1:05:00", 65),
        ("0:12:30", 13),
        ("2:30", 150),
    ],
)
def test_durations_as_platforms_write_them(text, minutes):
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["-5", "soon", "NaN", "1h 5x"])
def test_what_is_not_a_duration(text):
    with pytest.raises(ValueError):
        parse_minutes(text)


def test_only_staff_import_and_a_job_of_another_event_is_not_found(client, personas, webinar):
    event, _sessions, _people = webinar
    other = EventFactory()
    job = ImportJob.objects.create(
        kind="attendance",
        params={"event": other.pk, "session": 0},
        created_by=personas.secretariat,
        filename="x.csv",
        content=b"",
    )
    client.force_login(personas.surabaya)
    assert client.get(f"/events/{event.slug}/attendance/import/").status_code == 403
    client.force_login(personas.secretariat)
    assert client.get(f"/events/{event.slug}/attendance/import/{job.pk}/").status_code == 404
    assert client.get(f"/events/{other.slug}/attendance/import/{job.pk}/").status_code == 200


def test_an_import_applies_the_events_minimum_share_and_keeps_history():
    event = EventFactory(minimum_attendance=50)
    sessions = SessionFactory.create_batch(4, event=event)
    ana = RegistrationFactory(event=event, email="ana@example.org")
    content = b"email\nana@example.org\n"

    import_attendance(content, session=sessions[0])
    ana.refresh_from_db()
    assert not ana.attended
    import_attendance(content, session=sessions[1])
    ana.refresh_from_db()
    assert ana.attended
    latest = ana.history.first()
    assert latest.attended and latest.history_change_reason == "Attendance imported"


def test_a_place_lost_between_the_check_and_the_writing_rejects_the_file(webinar):
    from kota.events.importing import check_attendance, record_attendance

    _event, sessions, people = webinar
    rows = check_attendance(b"email\nana@example.org\nbudi@example.org\n", session=sessions[0])
    people["budi"].cancel()
    with pytest.raises(ImportRejected) as rejected:
        record_attendance(rows, session=sessions[0])
    [error] = rejected.value.errors
    assert (error.row, error.column) == (3, "email")
    assert "Budi has no confirmed place" in error.message
    assert not Attendance.objects.exists()
