"""The home page and "My Kota" run the same number of queries for 3 rows as for 30: a new
N+1 fails here. The numbers are pinned exactly; a change that adds a query must say so."""

import datetime

import pytest

from kota.governance.factories import BodyFactory, SeatFactory
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def newest_members(personas, rows):
    """`rows` members who joined recently (the home page shows the six newest)."""
    for n in range(rows):
        MemberFactory(name=f"Newcomer {n:02d}", joined_on=datetime.date(2025, 1, 1 + n % 28))
    return "Newcomer"


def seats_of_the_officer(personas, rows):
    """`rows` current seats held by the secretariat officer, each in its own body."""
    for n in range(rows):
        SeatFactory(
            body=BodyFactory(name=f"Working group {n:02d}"),
            user=personas.secretariat,
            starts_on=datetime.date(2024, 1, 1),
        )
    return "Working group 00"


PAGES = {
    # name: (url, persona, builder, queries)
    "home": ("/", "secretariat", newest_members, 7),
    "my-kota": ("/me/", "secretariat", seats_of_the_officer, 4),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_page_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()
