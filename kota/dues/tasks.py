from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task


@task()
def send_invoice_reminder(reminder_id):
    """Email one logged reminder, in the member's language, with the invoice attached."""
    from kota.dues.models import Reminder
    from kota.dues.pdf import invoice_pdf

    reminder = Reminder.objects.select_related("invoice__dues__member").get(pk=reminder_id)
    if reminder.sent_at:
        return
    invoice = reminder.invoice
    member = invoice.dues.member
    with translation.override(member.language):
        context = {
            "invoice": invoice,
            "member": member,
            "reminder": reminder,
            "balance": invoice.balance,
            "language": member.language,
            "KOTA_NAME": settings.KOTA_NAME,
        }
        subject = render_to_string("dues/email/reminder_subject.txt", context).strip()
        body = render_to_string("dues/email/reminder.txt", context)
    message = EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [r.strip() for r in reminder.recipients.split(",")],
    )
    message.attach(f"{invoice.number}.pdf", invoice_pdf(invoice), "application/pdf")
    message.send()
    reminder.sent_at = timezone.now()
    reminder.save(update_fields=["sent_at"])
