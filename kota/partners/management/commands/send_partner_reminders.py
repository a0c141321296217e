from django.core.management.base import BaseCommand

from kota.partners.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "Email the secretariat about agreements whose term ends within their renewal notice "
        "period (once per term) and reports owed to funders that are due soon (once per "
        "report). Idempotent; run it daily from cron."
    )

    def handle(self, *args, **options):
        agreements, reports = send_due_reminders()
        self.stdout.write(f"Renewal reminders: {agreements}; report reminders: {reports}")
