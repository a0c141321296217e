import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Adjustment, Invoice, Payment
from kota.dues.services import issue_invoices
from kota.lib.money import format_money, round_money
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
D = datetime.date
BANK = Payment.Method.BANK_TRANSFER


@pytest.fixture(autouse=True)
def before_the_due_date(time_machine):
    time_machine.move_to(datetime.datetime(2026, 2, 10, 9, 0, tzinfo=datetime.UTC))


def an_invoice(fee="1000", currency="USD"):
    FeeScheduleFactory(year=2026, fee=fee, currency=currency)
    member = MemberFactory(name="Ormoc City")
    issue_invoices(year=2026, today=D(2026, 1, 15))
    return Invoice.objects.get(dues__member=member)


def test_partial_payments_leave_it_partly_paid_then_paid(personas):
    invoice = an_invoice("1000")
    invoice.record_payment(
        amount="400", currency="USD", paid_on=D(2026, 2, 1), method=BANK, by=personas.secretariat
    )
    assert (invoice.status, invoice.balance) == (Invoice.Status.PARTLY_PAID, Decimal("600"))
    invoice.record_payment(amount="600", currency="USD", paid_on=D(2026, 3, 1), method=BANK)
    assert (invoice.status, invoice.balance) == (Invoice.Status.PAID, Decimal("0"))


def test_a_payment_in_another_currency_records_its_rate_and_converts():
    invoice = an_invoice("1000")
    payment = invoice.record_payment(
        amount="7800000",
        currency="IDR",
        exchange_rate="0.0000641",
        rate_date=D(2026, 2, 3),
        paid_on=D(2026, 2, 5),
        method=BANK,
        reference="BNI-778",
    )
    assert payment.amount == Decimal("7800000")
    assert payment.amount_in_invoice_currency == Decimal("499.98")
    assert payment.rate_date == D(2026, 2, 3)
    assert invoice.balance == Decimal("500.02")


def test_another_currency_without_a_rate_is_refused():
    invoice = an_invoice()
    with pytest.raises(ValidationError, match="needs the exchange rate"):
        invoice.record_payment(amount="100", currency="EUR", paid_on=D(2026, 2, 1), method=BANK)


def test_paying_more_than_the_balance_is_refused():
    invoice = an_invoice("1000")
    with pytest.raises(ValidationError, match="more than the balance due"):
        invoice.record_payment(amount="1000.01", currency="USD", paid_on=D(2026, 2, 1), method=BANK)
    assert invoice.payments.count() == 0


@pytest.mark.parametrize(
    ("currency", "amount", "rounded", "shown"),
    [
        ("JPY", "150000.5", Decimal("150001"), "¥150,001"),
        ("KRW", "1333333.4", Decimal("1333333"), "₩1,333,333"),
        ("IDR", "15000000.5", Decimal("15000001"), "IDR15,000,001"),
        ("USD", "10.005", Decimal("10.01"), "$10.01"),
    ],
)
def test_amounts_round_to_the_currencys_minor_unit(currency, amount, rounded, shown):
    assert round_money(amount, currency) == rounded
    assert format_money(rounded, currency, "en") == shown


def test_a_zero_decimal_invoice_rounds_a_converted_payment_to_whole_units():
    invoice = an_invoice("150000", currency="JPY")
    payment = invoice.record_payment(
        amount="333.33", currency="USD", exchange_rate="149.87", paid_on=D(2026, 2, 1), method=BANK
    )
    assert payment.amount_in_invoice_currency == Decimal("49956")
    assert invoice.balance == Decimal("100044")


def test_a_waiver_with_its_approver_and_reason(personas):
    invoice = an_invoice("1000")
    invoice.adjust(
        kind=Adjustment.Kind.WAIVER,
        amount="1000",
        reason="Typhoon Rai recovery",
        approved_by=personas.secretariat,
    )
    assert invoice.status == Invoice.Status.WAIVED
    adjustment = invoice.adjustments.get()
    assert (adjustment.reason, adjustment.approved_by) == (
        "Typhoon Rai recovery",
        personas.secretariat,
    )


def test_a_credit_note_reduces_the_balance(personas):
    invoice = an_invoice("1000")
    invoice.adjust(
        kind=Adjustment.Kind.CREDIT_NOTE,
        amount="250",
        reason="Billed twice",
        approved_by=personas.secretariat,
    )
    assert invoice.balance == Decimal("750")
    with pytest.raises(ValidationError, match="Give the reason"):
        invoice.adjust(
            kind=Adjustment.Kind.WAIVER, amount="1", reason=" ", approved_by=personas.secretariat
        )


def test_voiding_needs_a_reason_keeps_the_invoice_and_allows_a_new_one():
    invoice = an_invoice()
    with pytest.raises(ValidationError):
        invoice.void(reason="")
    invoice.void(reason="Issued to the wrong tier")
    assert Invoice.objects.get(pk=invoice.pk).status == Invoice.Status.VOID
    assert invoice.history.first().history_change_reason == "Issued to the wrong tier"
    with pytest.raises(ValidationError, match="void"):
        invoice.record_payment(amount="1", currency="USD", paid_on=D(2026, 2, 1), method=BANK)
    [replacement] = issue_invoices(year=2026).issued
    assert replacement.number == "2026-00002"
    assert replacement.dues == invoice.dues


def test_an_invoice_with_payments_is_credited_not_voided():
    invoice = an_invoice()
    invoice.record_payment(amount="10", currency="USD", paid_on=D(2026, 2, 1), method=BANK)
    with pytest.raises(ValidationError, match="credit note"):
        invoice.void(reason="Oops")


def test_every_money_change_is_kept_in_history(personas):
    invoice = an_invoice()
    payment = invoice.record_payment(
        amount="10", currency="USD", paid_on=D(2026, 2, 1), method=BANK, by=personas.secretariat
    )
    assert payment.history.count() == 1
    assert [h.status for h in invoice.history.all()][:2] == ["partly_paid", "open"]
