from django.core.management.base import BaseCommand

from kota.events.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "Email each confirmed participant of an event that starts within a day a reminder, "
        "once per registration. Idempotent; run it every minute from cron."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"Reminders sent: {sent}")
