"""Every list of the dues app, on its pages and in its exports, runs the same number of
queries for 3 rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime

import pytest

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice, Payment
from kota.dues.services import issue_invoices
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]
COUNTRIES = ["PH", "ID", "MY", "TH", "VN"]
D = datetime.date


def invoices_in_arrears(personas, rows):
    """`rows` members of five countries invoiced for 2025 (with the personas' three), each a
    quarter paid."""
    for n in range(rows):
        MemberFactory(country_id=COUNTRIES[n % len(COUNTRIES)])
    FeeScheduleFactory(year=2025, fee="1000")
    issue_invoices(year=2025, today=D(2025, 1, 15))
    for invoice in Invoice.objects.filter(year=2025):
        invoice.record_payment(
            amount="250",
            currency="USD",
            paid_on=D(2025, 2, 1),
            method=Payment.Method.BANK_TRANSFER,
            reference=f"TRF-{invoice.number}",
        )
    return Invoice.objects.get(dues__member=personas.surabaya_city).number


def collection_by_tier_and_country(personas, rows):
    invoices_in_arrears(personas, rows)
    return "Malaysia"


def an_invoice_paid_in_instalments(personas, rows):
    """Surabaya's invoice for 2025, paid in `rows` instalments."""
    FeeScheduleFactory(year=2025, fee="1000")
    issue_invoices(year=2025, today=D(2025, 1, 15))
    invoice = Invoice.objects.get(dues__member=personas.surabaya_city)
    for n in range(rows):
        invoice.record_payment(
            amount="10",
            currency="USD",
            paid_on=D(2025, 2, 1),
            method=Payment.Method.CASH,
            reference=f"RCPT-{n:02d}",
        )
    return "RCPT-00"


def surabaya_invoice(personas):
    return Invoice.objects.get(dues__member=personas.surabaya_city).number


PAGES = {
    # name: (url, persona, builder, queries)
    # The overview reads the tiers and countries it names (in the reader's language): 2 queries.
    "overview": ("/dues/?year=2025", "secretariat", collection_by_tier_and_country, 10),
    "invoices": ("/dues/invoices/?year=2025", "secretariat", invoices_in_arrears, 4),
    "arrears": ("/dues/arrears/", "secretariat", invoices_in_arrears, 3),
    "invoice": (None, "secretariat", an_invoice_paid_in_instalments, 7),
    "export-invoices": (
        "/dues/export/invoices.csv?year=2025",
        "secretariat",
        invoices_in_arrears,
        3,
    ),
    "export-invoices-xlsx": (
        "/dues/export/invoices.xlsx?year=2025",
        "secretariat",
        invoices_in_arrears,
        3,
    ),
    "export-payments": (
        "/dues/export/payments.csv?year=2025",
        "secretariat",
        invoices_in_arrears,
        3,
    ),
    "export-arrears": ("/dues/export/arrears.csv", "secretariat", invoices_in_arrears, 3),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries = PAGES[page]
    marker = build(personas, rows)
    url = url or f"/dues/invoices/{surabaya_invoice(personas)}/"
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    if ".xlsx" not in url:
        assert marker in response.content.decode()
