"""Invoice numbers stay gap-free when issued at the same moment from two connections. Meant
for PostgreSQL (row locks); SQLite serialises writers and passes the same test."""

import threading

import pytest
from django.db import connection, transaction

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Dues, Invoice
from kota.dues.services import issue_invoices
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.usefixtures("live_db")


def run_together(*jobs):
    """Run each job in its own thread and connection, released at the same moment."""
    start = threading.Barrier(len(jobs))
    errors = []

    def worker(job):
        try:
            start.wait()
            job()
        except Exception as exc:  # reported to the test below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


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
