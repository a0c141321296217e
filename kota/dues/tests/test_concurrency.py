"""Invoice numbers stay gap-free when issued at the same moment from two connections, and a
bank statement uploaded twice at once records each payment once. Meant for PostgreSQL (row
locks); SQLite serialises writers and passes the same tests."""

import pytest
from django.db import transaction

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Dues, Invoice, Payment
from kota.dues.payments_import import import_payments
from kota.dues.services import issue_invoices
from kota.members.factories import MemberFactory
from kota.test import run_together

pytestmark = pytest.mark.usefixtures("live_db")


def test_two_invoices_issued_at_the_same_moment_take_consecutive_numbers():
    schedule = FeeScheduleFactory(year=2026)
    tier = schedule.rates.get().tier
    dues = [
        Dues.objects.create(
            member=MemberFactory(),
            year=2026,
            schedule=schedule,
            tier=tier,
            amount=1000,
            currency="USD",
        )
        for _ in range(8)
    ]

    def issue(one):
        def job():
            with transaction.atomic():
                Invoice.issue(one, issued_on=schedule.due_on)

        return job

    assert run_together(*[issue(d) for d in dues]) == []
    numbers = sorted(Invoice.objects.values_list("sequence", flat=True))
    assert numbers == list(range(1, 9))


def test_two_runs_for_the_same_year_issue_each_invoice_once():
    FeeScheduleFactory(year=2026)
    MemberFactory.create_batch(20)
    assert run_together(lambda: issue_invoices(year=2026), lambda: issue_invoices(year=2026)) == []
    assert Invoice.objects.count() == 20
    assert sorted(Invoice.objects.values_list("sequence", flat=True)) == list(range(1, 21))


def test_two_uploads_of_the_same_statement_at_once_record_each_payment_once():
    FeeScheduleFactory(year=2026, fee="1000")
    MemberFactory.create_batch(20)
    issue_invoices(year=2026)
    numbers = list(Invoice.objects.order_by("number").values_list("number", flat=True))
    lines = [f"{numbers[n % 20]},10,USD,2026-03-{1 + n % 28:02d},BNI-{n:04d}" for n in range(600)]
    statement = ("invoice_number,amount,currency,paid_on,reference\n" + "\n".join(lines)).encode()
    results = []

    def upload():
        results.append(import_payments(statement))

    assert run_together(upload, upload) == []
    assert Payment.objects.count() == 600
    assert sorted(results) == [(0, 600), (600, 0)]
