"""The governing bodies, a body's page and the API's bodies run the same number of queries
for 3 rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime

import pytest

from kota.governance.factories import BodyFactory, SeatFactory
from kota.members.factories import MemberFactory
from kota.members.models import Sex

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def bodies(personas, rows):
    """`rows` committees, each led by a member and with a current and a past seat."""
    for n in range(rows):
        body = BodyFactory(name=f"Committee on waste {n:02d}", lead_member=MemberFactory())
        SeatFactory(body=body, holder_sex=Sex.FEMALE)
        SeatFactory(body=body, ends_on=datetime.date(2021, 12, 31))
    return "Committee on waste 00"


def bureau_seats(personas, rows):
    """`rows` current and `rows` past seats in the Executive Bureau."""
    for n in range(rows):
        SeatFactory(body=personas.executive_bureau, holder_name=f"Mayor {n:02d}")
        SeatFactory(
            body=personas.executive_bureau,
            holder_name=f"Former mayor {n:02d}",
            ends_on=datetime.date(2021, 12, 31),
        )
    return "Former mayor 00"


PAGES = {
    # name: (url, persona, builder, queries)
    "bodies": ("/governance/", "secretariat", bodies, 3),
    "body": ("/governance/executive-bureau/", "secretariat", bureau_seats, 6),
    "api-bodies": ("/api/v1/bodies", "secretariat", bodies, 2),
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
