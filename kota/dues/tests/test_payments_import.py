"""The bank-payment import refuses what it cannot record faithfully: the same payment twice in
one file, amounts that round to nothing, dates no bank statement carries."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice, Payment
from kota.dues.payments_import import import_payments
from kota.dues.services import issue_invoices
from kota.lib.csvfile import ImportRejected

pytestmark = pytest.mark.django_db
HEADER = "invoice_number,amount,currency,paid_on,reference\n"


@pytest.fixture
def invoices(personas):
    FeeScheduleFactory(year=2026, fee="1000")
    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))
    return list(Invoice.objects.order_by("number"))


def problems(content):
    with pytest.raises(ImportRejected) as rejected:
        import_payments(content.encode())
    return [(e.row, e.column, e.message) for e in rejected.value.errors]


def test_the_same_payment_twice_in_one_file_rejects_the_file_naming_both_rows(invoices):
    content = HEADER + (
        "2026-00001,300,USD,2026-02-01,BNI-7\n"
        "2026-00002,100,USD,2026-02-01,BNI-8\n"
        "2026-00001,200,USD,2026-02-03,BNI-7\n"
    )
    [(row, column, message)] = problems(content)
    assert (row, column) == (4, "reference")
    assert "Row 2 has the same invoice_number, reference" in message
    assert "“BNI-7”" in message
    assert Payment.objects.count() == 0


def test_an_amount_that_rounds_to_nothing_is_refused(invoices):
    [(row, column, message)] = problems(HEADER + "2026-00001,0.004,USD,2026-02-01,BNI-1\n")
    assert (row, column) == (2, "amount")
    assert "$0.004 rounds to $0.00" in message
    with pytest.raises(ValidationError, match=r"rounds to \$0\.00"):
        invoices[0].record_payment(
            amount="0.004", currency="USD", paid_on=datetime.date(2026, 2, 1), method="cash"
        )
    assert Payment.objects.count() == 0


def test_a_payment_worth_nothing_in_the_invoices_currency_is_refused(invoices):
    with pytest.raises(ValidationError, match=r"rounds to \$0\.00"):
        invoices[0].record_payment(
            amount="1",
            currency="IDR",
            exchange_rate="0.00006",
            paid_on=datetime.date(2026, 2, 1),
            method="bank_transfer",
        )
    assert Payment.objects.count() == 0


def test_payment_dates_outside_a_sensible_window_are_refused(invoices):
    content = HEADER + (
        "2026-00001,10,USD,0001-01-01,BNI-1\n"
        "2026-00001,10,USD,9999-12-31,BNI-2\n"
        "2026-00001,10,USD,2026-02-01,BNI-3\n"
    )
    errors = problems(content)
    assert [(row, column) for row, column, _message in errors] == [(2, "paid_on"), (3, "paid_on")]
    assert "0001-01-01 is not a date Kota accepts here" in errors[0][2]
    with pytest.raises(ValidationError, match="9999-12-31 is not a date"):
        invoices[0].record_payment(
            amount="10", currency="USD", paid_on=datetime.date(9999, 12, 31), method="cash"
        )
    assert Payment.objects.count() == 0


def test_a_row_refused_while_recording_is_named_by_its_line_in_the_file(invoices):
    content = HEADER + "2026-00001,600,USD,2026-02-01,A\n\n\n2026-00001,600,USD,2026-02-02,B\n"
    [(row, column, message)] = problems(content)
    assert (row, column) == (5, "amount")
    assert "more than the balance due" in message
