from django.utils import timezone
from django_tasks import task

from kota.dues.models import Reminder
from kota.dues.pdf import invoice_pdf
from kota.mailings.sending import send_message


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
