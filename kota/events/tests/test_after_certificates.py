"""Certificates of attendance: who gets one, what it says in which language, and the public
page that verifies it."""

import datetime
import shutil
import subprocess

import pytest

from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory, in_days

pytestmark = pytest.mark.django_db


def pdf_text(content):
    """The text of a PDF, read with the pdftotext command (poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()


def ended_event(**fields):
    starts = in_days(-10)
    return EventFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=6), **fields)


def attendee(event, sessions=None, **fields):
    registration = RegistrationFactory(event=event, **fields)
    for session in sessions or event.sessions_or_default():
        registration.record_attendance(session, source="staff")
    registration.refresh_from_db()
    return registration


@pytest.mark.parametrize(
    ("name", "language", "heading"),
    [
        ("王小明", "zh-hans", "出席证书"),
        ("สมชาย ใจดี", "en", "Certificate of attendance"),
        ("Siti Rahmawati", "id", "Sertifikat kehadiran"),
    ],
)
def test_a_certificate_renders_the_name_in_its_script_and_the_participants_language(
    client, name, language, heading
):
    event = ended_event(title="Climate budgeting", title_translations={"zh-hans": "气候预算培训"})
    registration = attendee(event, name=name, language=language)

    response = client.get(f"/events/r/{registration.token}/certificate.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = pdf_text(response.content)
    assert name in text
    assert heading in text
    assert (event.title_translations.get(language) or event.title) in text
    assert f"/events/certificates/{registration.token}/verify/" in text.replace("\n", "")


def test_a_certificate_counts_the_sessions_attended_and_their_hours(client):
    event = ended_event()
    sessions = [
        SessionFactory(
            event=event,
            title=f"Module {n}",
            starts_at=event.starts_at + datetime.timedelta(hours=3 * n),
            ends_at=event.starts_at + datetime.timedelta(hours=3 * n + 2),
        )
        for n in range(3)
    ]
    registration = attendee(event, sessions=sessions[:2])

    text = pdf_text(client.get(f"/events/r/{registration.token}/certificate.pdf").content)

    assert "2 sessions of 3 attended, 4.0 hours." in " ".join(text.split())


def test_only_participants_who_attended_an_ended_event_get_a_certificate(client):
    ended = ended_event()
    absent = RegistrationFactory(event=ended)
    upcoming = EventFactory()
    early = RegistrationFactory(event=upcoming)
    early.record_attendance(upcoming.sessions_or_default()[0], source="staff")

    for registration in (absent, early):
        assert client.get(f"/events/r/{registration.token}/certificate.pdf").status_code == 404
        verify = client.get(f"/events/certificates/{registration.token}/verify/")
        assert verify.status_code == 404
        assert "not a valid certificate" in verify.content.decode()
    assert client.get("/events/r/forged/certificate.pdf").status_code == 404


def test_the_verification_page_shows_only_name_event_dates_and_valid(client):
    event = ended_event(title="Women mayors' leadership training")
    registration = attendee(
        event, name="Maria Santos", email="maria@example.org", position="City administrator"
    )

    response = client.get(f"/events/certificates/{registration.token}/verify/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in page
    assert "Maria Santos" in page and "Women mayors&#x27; leadership training" in page
    assert event.local_starts_at.strftime("%Y-%m-%d") in page
    assert "maria@example.org" not in page and "City administrator" not in page


def test_an_unknown_certificate_is_not_valid(client):
    response = client.get("/events/certificates/no-such-token/verify/")
    assert response.status_code == 404
    assert "This is not a valid certificate." in response.content.decode()
