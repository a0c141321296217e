"""The attendance pages and exports run the same number of queries for 3 participants as for
30: a new N+1 fails here. The numbers are pinned exactly."""

import io

import pytest
from openpyxl import load_workbook

from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory
from kota.events.models import Attendance
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]
COUNTRIES = ["PH", "ID", "MY", "TH", "VN"]

PAGES = {
    # name: (url, persona, queries)
    "participants": ("/events/{slug}/participants/", "surabaya", 8),
    "participants-filtered": ("/events/{slug}/participants/?attended=yes&q=a", "secretariat", 7),
    "export-csv": ("/events/{slug}/participants.csv", "secretariat", 4),
    "export-xlsx": ("/events/{slug}/participants.xlsx", "surabaya", 5),
    "check-in": ("/events/{slug}/check-in/?q=participant", "secretariat", 7),
    "statistics": ("/events/{slug}/statistics/", "secretariat", 10),
    "statistics-all": ("/events/statistics/?start=2020-01-01&end=2099-12-31", "secretariat", 9),
    "check-in-registration": ("/events/check-in/r/{token}/", "secretariat", 5),
}


def participants(personas, rows):
    """An event Surabaya organises with two sessions and `rows` participants of five countries
    and as many members, each present at both sessions, checked in at the first."""
    event = EventFactory(organiser_member=personas.surabaya_city)
    sessions = SessionFactory.create_batch(2, event=event)
    registrations = []
    for n in range(rows):
        registration = RegistrationFactory(
            event=event,
            name=f"Participant {n}",
            member=MemberFactory(),
            country_id=COUNTRIES[n % len(COUNTRIES)],
        )
        registration.check_in(sessions[0])
        registration.record_attendance(sessions[1], source=Attendance.Source.IMPORT)
        registrations.append(registration)
    return event, registrations[0]


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_page_runs_as_many_queries_for_30_participants_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, queries = PAGES[page]
    event, first = participants(personas, rows)
    url = url.format(slug=event.slug, token=first.token)
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    if page == "export-xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).active
        assert sheet.max_row == rows + 1
    elif page.startswith("statistics"):
        assert response.context["total"] == rows
    else:
        assert first.name in response.content.decode("utf-8-sig")
