"""Imports run as tasks with their progress shown, and a job whose worker stopped mid-import
is failed once its lease expires, by whoever looks next: its page, the worker's next import,
or `manage.py fail_abandoned_imports`."""

import datetime
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from kota.core.models import ImportJob
from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Payment
from kota.dues.services import issue_invoices
from kota.dues.tasks import run_payment_import
from kota.test import client_for, run_together

pytestmark = pytest.mark.django_db
STATEMENT = (
    "invoice_number,amount,currency,paid_on,reference\n"
    "2026-00001,400,USD,2026-02-01,BNI-1\n"
    "2026-00002,100,USD,2026-02-02,BNI-2\n"
)


@pytest.fixture
def invoices(personas):
    FeeScheduleFactory(year=2026, fee="1000")
    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))


def a_job(personas, *, state=ImportJob.State.QUEUED, lease_in=None, content=STATEMENT):
    return ImportJob.objects.create(
        kind="payments",
        created_by=personas.secretariat,
        filename="statement.csv",
        content=content.encode(),
        state=state,
        rows_total=2_000 if state == ImportJob.State.RUNNING else 0,
        rows_done=500 if state == ImportJob.State.RUNNING else 0,
        lease_expires_at=None if lease_in is None else timezone.now() + lease_in,
    )


def test_a_bank_statement_is_imported_by_a_task_and_its_page_shows_the_result(
    client, personas, invoices, django_capture_on_commit_callbacks
):
    client = client_for(client, personas.secretariat)
    upload = SimpleUploadedFile("statement.csv", STATEMENT.encode())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/dues/payments/import/", {"file": upload})
    job = ImportJob.objects.get()
    assert response.url == f"/dues/payments/import/{job.pk}/"
    html = client.get(response.url).content.decode()
    assert "2 payments recorded; 0 were already recorded." in html
    assert (job.state, job.content, job.rows_done, job.rows_total) == ("done", b"", 2, 2)
    assert Payment.objects.count() == 2
    assert "statement.csv" in client.get("/dues/payments/import/").content.decode()


def test_a_rejected_statement_lists_its_problems_on_the_jobs_page(client, personas, invoices):
    job = a_job(personas, content=STATEMENT + "2026-09999,5,USD,2026-02-03,BNI-3\n")
    run_payment_import.call(job.pk)
    html = client_for(client, personas.secretariat).get(f"/dues/payments/import/{job.pk}/")
    html = html.content.decode()
    assert "rejected because of 1 problem; nothing was imported" in html
    assert "No invoice has the number “2026-09999”" in html
    assert Payment.objects.count() == 0


def test_a_running_import_shows_its_progress_with_and_without_javascript(client, personas):
    job = a_job(personas, state=ImportJob.State.RUNNING, lease_in=datetime.timedelta(minutes=1))
    client = client_for(client, personas.secretariat)
    fragment = client.get(f"/dues/payments/import/{job.pk}/", headers={"HX-Request": "true"})
    assert "500 of 2000 rows checked" in fragment.content.decode()
    assert 'data-hx-trigger="every 1s"' in fragment.content.decode()
    page = client.get(f"/dues/payments/import/{job.pk}/").content.decode()
    assert "500 of 2000 rows checked" in page and "<h1>" in page


def test_reporting_progress_renews_the_lease(personas):
    job = a_job(personas, state=ImportJob.State.RUNNING, lease_in=datetime.timedelta(seconds=5))
    job.progress(1_000, 2_000)
    job.refresh_from_db()
    assert job.rows_done == 1_000
    assert job.lease_expires_at > timezone.now() + datetime.timedelta(seconds=60)


def test_an_abandoned_import_is_failed_when_its_page_is_opened(client, personas):
    job = a_job(personas, state=ImportJob.State.RUNNING, lease_in=-datetime.timedelta(seconds=1))
    html = client_for(client, personas.secretariat).get(f"/dues/payments/import/{job.pk}/")
    assert "The import stopped before it finished" in html.content.decode()
    job.refresh_from_db()
    assert (job.state, job.content, job.lease_expires_at) == ("failed", b"", None)


def test_the_workers_next_import_fails_an_abandoned_one(personas, invoices):
    abandoned = a_job(
        personas, state=ImportJob.State.WRITING, lease_in=-datetime.timedelta(minutes=1)
    )
    next_one = a_job(personas)
    run_payment_import.call(next_one.pk)
    abandoned.refresh_from_db()
    next_one.refresh_from_db()
    assert (abandoned.state, abandoned.abandoned) == ("failed", True)
    assert next_one.state == "done"


def test_the_command_fails_only_abandoned_imports_and_can_run_twice(personas, capsys):
    gone = [
        a_job(personas, state=state, lease_in=-datetime.timedelta(minutes=5))
        for state in (ImportJob.State.RUNNING, ImportJob.State.WRITING)
    ]
    alive = a_job(personas, state=ImportJob.State.RUNNING, lease_in=datetime.timedelta(minutes=1))
    queued = a_job(personas)
    call_command("fail_abandoned_imports")
    assert "2 abandoned imports marked failed" in capsys.readouterr().out
    call_command("fail_abandoned_imports")
    assert "0 abandoned imports marked failed" in capsys.readouterr().out
    states = dict(ImportJob.objects.values_list("pk", "state"))
    assert [states[job.pk] for job in gone] == ["failed", "failed"]
    assert (states[alive.pk], states[queued.pk]) == ("running", "queued")


def test_a_job_failed_while_it_checked_writes_nothing_when_its_worker_comes_back(
    personas, invoices
):
    job = a_job(personas)

    def stalled_check(content, progress):
        from kota.dues.payments_import import check_payments

        rows = check_payments(content)
        # The worker stalls past its lease, and the job's page fails it meanwhile.
        ImportJob.objects.filter(pk=job.pk).update(lease_expires_at=timezone.now())
        ImportJob.objects.fail_abandoned()
        return rows

    def write(rows):
        raise AssertionError("a failed job must not write")

    job.run(check=stalled_check, write=write)
    job.refresh_from_db()
    assert (job.state, job.abandoned) == ("failed", True)
    assert Payment.objects.count() == 0


def test_a_finished_or_failed_job_is_not_run_again(personas, invoices):
    job = a_job(personas, state=ImportJob.State.FAILED)
    run_payment_import.call(job.pk)
    job.refresh_from_db()
    assert job.state == "failed"
    assert Payment.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_job_still_writing_past_its_lease_is_not_failed(live_db, personas):
    """Its worker holds the job's row lock while it writes (PostgreSQL passes it by; SQLite
    lets the reaper in only once the rows are committed)."""
    job = a_job(personas, state=ImportJob.State.WRITING, lease_in=-datetime.timedelta(minutes=1))
    locked, failed = threading.Event(), []

    def writer():
        with transaction.atomic():
            list(ImportJob.objects.select_for_update().filter(pk=job.pk).values("pk"))
            locked.set()
            Payment.objects.exists()  # the rows are written here
            ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.DONE)

    def reaper():
        locked.wait(10)
        failed.append(ImportJob.objects.fail_abandoned())

    assert run_together(writer, reaper) == []
    job.refresh_from_db()
    assert job.state == "done"
    assert failed == [0]
