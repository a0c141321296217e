import datetime
from decimal import Decimal

import pytest

from kota.dues.factories import FeeScheduleFactory, TierFactory
from kota.dues.models import Adjustment, FeeRate, Invoice, Payment, TierRule
from kota.dues.services import issue_invoices
from kota.members.factories import MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db
D = datetime.date
BANK = Payment.Method.BANK_TRANSFER


@pytest.fixture
def year_2025(personas, time_machine):
    time_machine.move_to(datetime.datetime(2025, 2, 10, 9, 0, tzinfo=datetime.UTC))
    schedule = FeeScheduleFactory(year=2025, fee="1000")
    associations = TierFactory(slug="associations", name="Associations")
    FeeRate.objects.create(schedule=schedule, tier=associations, amount=2000)
    TierRule.objects.create(
        schedule=schedule, tier=associations, priority=1, member_kind=Member.Kind.ASSOCIATION
    )
    members = {
        "paid": MemberFactory(name="Paid City", country_id="PH"),
        "half": MemberFactory(name="Half City", country_id="PH"),
        "none": MemberFactory(name="None City", country_id="VN"),
        "waived": MemberFactory(name="Waived City", country_id="VN"),
        "assoc": MemberFactory(
            name="An Association", country_id="VN", kind=Member.Kind.ASSOCIATION
        ),
    }
    Member.objects.exclude(pk__in=[m.pk for m in members.values()]).update(
        status=Member.Status.WITHDRAWN
    )
    issue_invoices(year=2025, today=D(2025, 1, 15))

    def invoice(key):
        return Invoice.objects.get(dues__member=members[key])

    invoice("paid").record_payment(
        amount="1000", currency="USD", paid_on=D(2025, 2, 1), method=BANK
    )
    invoice("half").record_payment(amount="500", currency="USD", paid_on=D(2025, 2, 1), method=BANK)
    invoice("waived").adjust(
        kind=Adjustment.Kind.WAIVER,
        amount="1000",
        reason="Disaster",
        approved_by=personas.secretariat,
    )
    invoice("assoc").record_payment(
        amount="2000", currency="USD", paid_on=D(2025, 2, 1), method=BANK
    )
    return members


def test_the_collection_rate_by_amount_and_by_count(year_2025):
    rate = Invoice.objects.filter(year=2025).collection_rate()
    # due: 6,000 invoiced - 1,000 waived = 5,000; collected 3,500
    assert rate["amount_rate"] == Decimal("70.0")
    # 4 invoices not waived, 2 paid in full
    assert rate["count_rate"] == Decimal("50.0")
    assert rate["outstanding"] == Decimal("1500")


def test_the_collection_rate_by_tier_and_country(year_2025):
    invoices = Invoice.objects.filter(year=2025)
    by_tier = {row["key"]: row["amount_rate"] for row in invoices.collection_by("dues__tier__name")}
    assert by_tier == {"Associations": Decimal("100.0"), "Standard": Decimal("50.0")}
    by_country = {
        row["key"]: row["count_rate"] for row in invoices.collection_by("dues__member__country_id")
    }
    assert by_country == {"PH": Decimal("50.0"), "VN": Decimal("50.0")}


def test_void_invoices_do_not_count(year_2025):
    Invoice.objects.filter(dues__member=year_2025["none"]).get().void(reason="Joined late")
    rate = Invoice.objects.filter(year=2025).collection_rate()
    assert rate["amount_rate"] == Decimal("87.5")


def test_the_arrears_list_who_owes_what_since_when(year_2025, client, personas, time_machine):
    arrears = Invoice.objects.in_arrears(D(2025, 6, 1))
    assert {i.dues.member.name: i.balance_due for i in arrears} == {
        "Half City": Decimal("500"),
        "None City": Decimal("1000"),
    }
    time_machine.move_to(datetime.datetime(2025, 6, 1, 9, 0, tzinfo=datetime.UTC))
    client.force_login(personas.secretariat)
    html = client.get("/dues/arrears/").content.decode()
    assert "Half City" in html and "2025-03-31" in html and "$500.00" in html


def test_the_overview_shows_the_rates(year_2025, client, personas):
    client.force_login(personas.secretariat)
    html = client.get("/dues/?year=2025").content.decode()
    assert "70.0%" in html and "50.0%" in html


def test_the_rate_as_of_a_day_leaves_out_later_payments(year_2025):
    invoices = Invoice.objects.filter(year=2025)
    Invoice.objects.get(dues__member=year_2025["none"]).record_payment(
        amount="1000", currency="USD", paid_on=D(2025, 9, 1), method=BANK
    )
    assert invoices.collection_rate()["amount_rate"] == Decimal("90.0")
    assert invoices.collection_rate(as_of=D(2025, 8, 31))["amount_rate"] == Decimal("70.0")
    assert invoices.collection_rate(as_of=D(2025, 8, 31))["count_rate"] == Decimal("50.0")
    assert invoices.collection_rate(as_of=D(2024, 12, 31))["amount_rate"] == Decimal("0.0")
