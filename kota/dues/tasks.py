from django.db import transaction
from django.utils import timezone
from django_tasks import task

from kota.core.models import ImportJob
from kota.dues.models import Reminder
from kota.dues.payments_import import check_payments, record_payments
from kota.dues.pdf import invoice_pdf
from kota.mailings.sending import send_message

PAYMENTS = "payments"


@task()
def send_invoice_reminder(reminder_id):
    """Email one logged reminder, in the member's language, with the invoice attached: a
    transactional message, so it goes to addresses that opted out of mailings too."""
    reminder = Reminder.objects.select_related("invoice__dues__member").get(pk=reminder_id)
    if reminder.sent_at:
        return
    invoice = reminder.invoice
    member = invoice.dues.member
    send_message(
        "dues/email/reminder",
        {
            "invoice": invoice,
            "member": member,
            "reminder": reminder,
            "balance": invoice.balance,
            "language": member.language,
        },
        to=[r.strip() for r in reminder.recipients.split(",")],
        language=member.language,
        transactional=True,
        member=member,
        attachments=[(f"{invoice.number}.pdf", invoice_pdf(invoice), "application/pdf")],
    )
    reminder.sent_at = timezone.now()
    reminder.save(update_fields=["sent_at"])


@task()
def run_payment_import(job_id):
    """Check and record an uploaded bank statement, recording progress on its ImportJob."""
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)

    def write(rows):
        recorded, skipped = record_payments(rows, by=job.created_by)
        return {"recorded": recorded, "skipped": skipped}

    job.run(check=check_payments, write=write)


def queue_payment_import(upload, *, by):
    """An ImportJob for the uploaded statement, run as a task once the request commits."""
    with transaction.atomic():
        job = ImportJob.objects.create(
            kind=PAYMENTS, created_by=by, filename=upload.name[:255], content=upload.read()
        )
        transaction.on_commit(lambda: run_payment_import.enqueue(job.pk))
    return job
