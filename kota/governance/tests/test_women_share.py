import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body, Seat
from kota.members.models import Sex

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def council():
    council = BodyFactory(slug="council", name="Council", kind=Body.Kind.COUNCIL)
    # 2012-2014: 1 woman of 23 seats, the Manifesto's 4.35%.
    SeatFactory.create_batch(22, body=council, starts_on=D(2012, 1, 1), ends_on=D(2014, 12, 31))
    SeatFactory(
        body=council, holder_sex=Sex.FEMALE, starts_on=D(2012, 1, 1), ends_on=D(2014, 12, 31)
    )
    # 2018-2020: 2 women of 13 seats, the Manifesto's 15.38%.
    SeatFactory.create_batch(11, body=council, starts_on=D(2018, 1, 1), ends_on=D(2020, 12, 31))
    SeatFactory.create_batch(
        2, body=council, holder_sex=Sex.FEMALE, starts_on=D(2018, 1, 1), ends_on=D(2020, 12, 31)
    )
    # From 2024, still held: 3 women of 10 seats, one holder's sex not disclosed.
    SeatFactory.create_batch(6, body=council, starts_on=D(2024, 1, 1))
    SeatFactory(body=council, holder_sex=Sex.UNDISCLOSED, starts_on=D(2024, 1, 1))
    SeatFactory.create_batch(3, body=council, holder_sex=Sex.FEMALE, starts_on=D(2024, 1, 1))
    return council


def test_the_womens_share_on_a_date_matches_the_manifestos_figures(council):
    seats = Seat.objects.filter(body=council)
    assert seats.women_share(D(2013, 6, 1)) == Decimal("4.35")
    assert seats.women_share(D(2019, 6, 1)) == Decimal("15.38")
    assert seats.women_share(D(2025, 6, 1)) == Decimal("30.00")


def test_a_seat_counts_on_its_first_and_last_day_only_while_held(council):
    seats = Seat.objects.filter(body=council)
    assert seats.held_on(D(2014, 12, 31)).count() == 23
    assert seats.held_on(D(2015, 1, 1)).count() == 0
    assert seats.women_share(D(2016, 1, 1)) is None


def test_the_share_by_year_is_computed_in_one_query(council, django_assert_num_queries):
    with django_assert_num_queries(1):
        history = Seat.objects.filter(body=council).women_share_by_year(range(2013, 2026))
    assert history[2013] == Decimal("4.35")
    assert history[2016] is None
    assert history[2019] == Decimal("15.38")
    assert history[2025] == Decimal("30.00")


def test_the_body_page_shows_the_share_against_the_target_and_its_history(client, council):
    html = client.get(reverse("governance:body", args=["council"])).content.decode()
    assert "30.00%" in html
    assert "against the target of 30%" in html
    # One row a year, so that a long history grows down the page rather than across a phone.
    assert '<tr><th scope="row">2019</th><td class="num">15.38%</td></tr>' in html
    assert 'id="share-data"' in html


def test_the_bodies_page_lists_each_body_with_its_lead_and_share(client, council):
    from kota.members.factories import MemberFactory

    jeju = MemberFactory(name="Jeju Special Self-Governing Province", country_id="KR")
    BodyFactory(slug="culture", name="Culture Committee", lead_member=jeju)
    BodyFactory(slug="brlc", name="BRLC Committee", supporting_organisation="CPAFFC")
    html = client.get(reverse("governance:bodies")).content.decode()
    assert "Culture Committee" in html and "Jeju Special Self-Governing Province" in html
    assert "with support from CPAFFC" in html
    assert "30.00%" in html


def test_a_seat_cannot_end_before_it_starts(db):
    from django.core.exceptions import ValidationError

    seat = SeatFactory.build(starts_on=D(2020, 1, 1), ends_on=D(2019, 1, 1))
    with pytest.raises(ValidationError):
        seat.clean()


def test_seat_changes_are_kept_in_history(council):
    seat = Seat.objects.filter(body=council, ends_on=None).first()
    seat.ends_on = D(2026, 6, 30)
    seat.save()
    assert [h.ends_on for h in seat.history.all()] == [D(2026, 6, 30), None]


def test_current_seats_are_listed_president_first(client, db):
    bureau = BodyFactory(slug="eb", name="Executive Bureau", kind=Body.Kind.EXECUTIVE_BUREAU)
    SeatFactory(body=bureau, role=Seat.Role.MEMBER, holder_name="Zed Member")
    SeatFactory(body=bureau, role=Seat.Role.TREASURER, holder_name="Tia Treasurer")
    SeatFactory(body=bureau, role=Seat.Role.PRESIDENT, holder_name="Pat President")
    html = client.get(reverse("governance:body", args=["eb"])).content.decode()
    assert html.index("Pat President") < html.index("Tia Treasurer") < html.index("Zed Member")
