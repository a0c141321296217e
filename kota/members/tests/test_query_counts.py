"""Every list of the members app, on its pages and in the API, runs the same number of
queries for 3 rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime
from decimal import Decimal

import pytest

from kota.core.models import ImportJob
from kota.dues.factories import FeeScheduleFactory
from kota.dues.services import issue_invoices
from kota.governance.factories import BodyFactory, SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def members(personas, rows):
    """`rows` members on the map, named to come first in the directory."""
    for n in range(rows):
        MemberFactory(
            name=f"Aceh {n:02d}",
            latitude=Decimal("5.5"),
            longitude=Decimal("95.3"),
            country_id="ID",
        )
    return "Aceh 00"


def surabaya_with_contacts_seats_and_invoices(personas, rows):
    """Surabaya with `rows` focal points, `rows` seats in as many bodies, and an invoice in
    each of `rows` years."""
    city = personas.surabaya_city
    for n in range(rows):
        FocalPointFactory(member=city, name=f"Officer {n:02d}")
        SeatFactory(member=city, body=BodyFactory(name=f"Forum {n:02d}"))
        FeeScheduleFactory(year=2000 + n)
        issue_invoices(year=2000 + n, today=datetime.date(2000 + n, 1, 15))
    return "Officer 00"


def surabaya_edited(personas, rows):
    """Surabaya and its focal point, each edited `rows` times."""
    city, contact = personas.surabaya_city, personas.surabaya_contact
    for n in range(rows):
        city.population = 3_000_000 + n
        city.save()
        contact.title = f"Officer grade {n:02d}"
        contact.save()
    return "Officer grade 00"


def import_jobs(personas, rows):
    """`rows` member imports (the page lists the ten newest)."""
    for n in range(rows):
        ImportJob.objects.create(
            kind="members",
            created_by=personas.secretariat,
            filename=f"members-{n:02d}.csv",
            content=b"",
        )
    return f"members-{rows - 1:02d}.csv"


PAGES = {
    # name: (url, persona, builder, queries)
    "directory": ("/members/", "secretariat", members, 5),
    "map": ("/members/map.json", "secretariat", members, 1),
    # 9: the events section asks for upcoming and for recent events (kota/events/profile_sections.py);
    # 2 more: the cooperation section's cooperations and learning requests
    # (kota/cooperation/profile_sections.py);
    # 12: the surveys section lists the member's responses (kota/surveys/profile_sections.py).
    "profile": ("/members/surabaya/", "secretariat", surabaya_with_contacts_seats_and_invoices, 12),
    "edit": (
        "/members/surabaya/edit/",
        "secretariat",
        surabaya_with_contacts_seats_and_invoices,
        5,
    ),
    "history": ("/members/surabaya/history/", "secretariat", surabaya_edited, 5),
    "imports": ("/members/import/", "secretariat", import_jobs, 3),
    "api-members": ("/api/v1/members", "secretariat", members, 2),
    "api-member": (
        "/api/v1/members/surabaya",
        "secretariat",
        surabaya_with_contacts_seats_and_invoices,
        5,
    ),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()
