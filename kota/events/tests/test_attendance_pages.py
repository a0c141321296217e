"""Check-in at the door, the participant list and its exports, and the statistics of who
attended, through their pages."""

import csv as csv_module
import datetime
import io

import pytest
from django.utils import timezone, translation
from openpyxl import load_workbook

from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory
from kota.events.models import Attendance, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def training(personas):
    """A training Surabaya organises, under way now, in two sessions; one Surabaya official
    and one Makassar official confirmed, one waitlisted."""
    now = timezone.now()
    event = EventFactory(
        organiser_member=personas.surabaya_city,
        starts_at=now - datetime.timedelta(hours=3),
        ends_at=now + datetime.timedelta(hours=3),
    )
    morning = SessionFactory(
        event=event,
        title="Morning",
        starts_at=event.starts_at,
        ends_at=now - datetime.timedelta(hours=1),
    )
    afternoon = SessionFactory(
        event=event,
        title="Afternoon",
        starts_at=now - datetime.timedelta(minutes=30),
        ends_at=event.ends_at,
    )
    ana = RegistrationFactory(
        event=event, name="Ana Rahayu", email="ana@surabaya.example", member=personas.surabaya_city
    )
    budi = RegistrationFactory(
        event=event,
        name="Budi Santoso",
        email="budi@makassar.example",
        member=personas.makassar_city,
        sex="male",
        age_group="25-34",
        role="mayor",
        country_id="PH",
    )
    waiting = RegistrationFactory(
        event=event,
        name="Wati Waiting",
        email="wati@example.org",
        status=Registration.Status.WAITLISTED,
    )
    return event, (morning, afternoon), (ana, budi, waiting)


# Check-in


def test_staff_find_a_participant_by_name_and_check_them_in_at_the_session_under_way(
    client, personas, training
):
    event, (_morning, afternoon), (ana, _budi, _waiting) = training
    client.force_login(personas.secretariat)

    found = client.get(f"/events/{event.slug}/check-in/", {"q": "rahayu"})
    html = found.content.decode()
    assert "Ana Rahayu" in html and "Budi" not in html
    assert "Check in Ana Rahayu" in html

    live = client.get(f"/events/{event.slug}/check-in/", {"q": "ANA@"}, HTTP_HX_REQUEST="true")
    assert "Ana Rahayu" in live.content.decode()
    assert "<html" not in live.content.decode()  # the fragment htmx swaps in

    response = client.post(f"/events/{event.slug}/check-in/", {"registration": ana.pk})
    assert response.status_code == 302
    assert list(ana.attendances.values_list("session", flat=True)) == [afternoon.pk]
    ana.refresh_from_db()
    assert ana.attended and ana.checked_in_at

    page = client.get(response.url).content.decode()
    assert "Ana Rahayu is checked in." in page
    assert "1 of 2 confirmed participants checked in." in page


def test_a_chosen_session_is_recorded_and_a_waitlisted_person_is_not_checked_in(
    client, personas, training
):
    event, (morning, _afternoon), (ana, _budi, waiting) = training
    client.force_login(personas.secretariat)
    client.post(f"/events/{event.slug}/check-in/", {"registration": ana.pk, "session": morning.pk})
    assert list(ana.attendances.values_list("session", flat=True)) == [morning.pk]

    page = client.get(f"/events/{event.slug}/check-in/", {"q": "wati"}).content.decode()
    assert "Check in Wati" not in page
    response = client.post(
        f"/events/{event.slug}/check-in/", {"registration": waiting.pk}, follow=True
    )
    assert "no confirmed place" in response.content.decode()
    assert not waiting.attendances.exists()


def test_the_qr_code_page_checks_in_for_staff_only(client, personas, training):
    event, _sessions, (ana, _budi, _waiting) = training
    url = f"/events/check-in/r/{ana.token}/"

    assert client.get(url).url.startswith("/accounts/login/")
    client.force_login(personas.surabaya)  # the organiser's focal point: not staff
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert not ana.attendances.exists()

    client.force_login(personas.secretariat)
    page = client.get(url).content.decode()
    assert "Ana Rahayu" in page and "Confirmed" in page and "Not yet" in page
    response = client.post(url, follow=True)
    assert "Ana Rahayu is checked in." in response.content.decode()
    assert ana.attendances.count() == 1
    assert client.get("/events/check-in/r/not-a-token/").status_code == 404


# Participants


def test_the_organiser_sees_the_participants_with_attendance_per_session(
    client, personas, training
):
    event, (morning, afternoon), (ana, budi, _waiting) = training
    ana.record_attendance(morning, source=Attendance.Source.IMPORT)
    ana.record_attendance(afternoon, source=Attendance.Source.IMPORT)
    budi.record_attendance(morning, source=Attendance.Source.CHECK_IN)

    client.force_login(personas.surabaya)
    html = client.get(f"/events/{event.slug}/participants/").content.decode()
    assert "budi@makassar.example" in html and "wati@example.org" in html
    sessions = html.split('id="sessions"')[1].split("</section>")[0]
    assert (
        'Morning</td><td class="num">2</td><td class="num">2</td><td class="num">100%' in sessions
    )
    assert (
        'Afternoon</td><td class="num">1</td><td class="num">2</td><td class="num">50%' in sessions
    )

    attended = client.get(f"/events/{event.slug}/participants/", {"attended": "no"})
    assert "wati@example.org" in attended.content.decode()
    assert "ana@surabaya.example" not in attended.content.decode()
    waitlisted = client.get(f"/events/{event.slug}/participants/", {"status": "waitlisted"})
    assert "ana@surabaya.example" not in waitlisted.content.decode()


def test_personal_data_is_seen_by_the_organiser_and_the_secretariat_only(
    client, personas, training
):
    event = training[0]
    urls = [
        f"/events/{event.slug}/participants/",
        f"/events/{event.slug}/participants.csv",
        f"/events/{event.slug}/statistics/",
    ]
    for url in urls:
        assert client.get(url).url.startswith("/accounts/login/")
    # Makassar's focal point has a delegate at the event, but does not organise it.
    for persona in (personas.makassar, personas.board):
        client.force_login(persona)
        assert [client.get(url).status_code for url in urls] == [403, 403, 403]
    for persona in (personas.surabaya, personas.secretariat):
        client.force_login(persona)
        assert [client.get(url).status_code for url in urls] == [200, 200, 200]


def test_an_unlisted_event_is_not_found_by_other_members(client, personas):
    event = EventFactory(is_public=False, organiser_member=personas.surabaya_city)
    client.force_login(personas.makassar)
    assert client.get(f"/events/{event.slug}/participants/").status_code == 404


def test_exports_hold_the_filtered_participants_with_formulas_as_text(client, personas, training):
    event, (morning, _afternoon), (ana, _budi, _waiting) = training
    ana.name = '=HYPERLINK("http://evil.example")'
    ana.save()
    ana.record_attendance(morning, source=Attendance.Source.IMPORT)
    client.force_login(personas.secretariat)

    csv = client.get(f"/events/{event.slug}/participants.csv", {"attended": "yes"})
    assert csv["Content-Type"].startswith("text/csv")
    assert "no-store" in csv["Cache-Control"]
    rows = list(csv_module.reader(io.StringIO(csv.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["name", "email", "sex", "age_group", "role"]
    assert len(rows) == 2
    assert rows[1][:3] == ['\'=HYPERLINK("http://evil.example")', "ana@surabaya.example", "Female"]

    xlsx = client.get(f"/events/{event.slug}/participants.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example")' in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert client.get(f"/events/{event.slug}/participants.pdf").status_code == 404


# Statistics


def test_statistics_count_who_attended_by_sex_age_role_and_country_in_the_readers_language(
    client, personas, training
):
    event, (morning, afternoon), (ana, budi, _waiting) = training
    for session in (morning, afternoon):
        ana.record_attendance(session, source=Attendance.Source.IMPORT)
    budi.record_attendance(morning, source=Attendance.Source.IMPORT)
    client.force_login(personas.secretariat)

    response = client.get(f"/events/{event.slug}/statistics/")
    sections = {s["key"]: dict(s["rows"]) for s in response.context["sections"]}
    assert sections["sex"] == {"Female": 1, "Male": 1, "Another": 0, "Prefers not to say": 0}
    assert sections["age_group"]["35-44"] == 1 and sections["age_group"]["25-34"] == 1
    assert sections["role"]["Official"] == 1 and sections["role"]["Mayor or governor"] == 1
    assert sections["country"] == {"Indonesia": 1, "Philippines": 1}
    assert all(s["total"] == 2 for s in response.context["sections"])
    assert "2 of 2 confirmed participants attended." in response.content.decode()

    with translation.override("zh-hans"):
        response = client.get(f"/events/{event.slug}/statistics/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    countries = dict(response.context["sections"][3]["rows"])
    assert set(countries) == {"印度尼西亚", "菲律宾"}


def test_statistics_of_all_events_in_a_period(client, personas, training):
    event, (morning, _afternoon), (ana, _budi, _waiting) = training
    ana.record_attendance(morning, source=Attendance.Source.IMPORT)
    old = EventFactory(
        starts_at=datetime.datetime(2023, 5, 1, 2, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2023, 5, 1, 9, tzinfo=datetime.UTC),
    )
    for n in range(3):
        RegistrationFactory(
            event=old, attended=True, sex="male", country_id="VN", email=f"v{n}@x.org"
        )

    client.force_login(personas.board)
    response = client.get("/events/statistics/", {"start": "2023-01-01", "end": "2023-12-31"})
    assert response.status_code == 200
    assert dict(response.context["sections"][0]["rows"])["Male"] == 3
    html = response.content.decode()
    assert "Events that ended between 2023-01-01 and 2023-12-31: 1." in html
    assert "Participants who attended them: 3." in html

    later = (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    response = client.get("/events/statistics/", {"start": "2020-01-01", "end": later})
    assert response.context["total"] == 4
    client.force_login(personas.surabaya)
    assert client.get("/events/statistics/").status_code == 403
