from django.core.management.base import BaseCommand

from kota.mailings.models import Mailing
from kota.mailings.tasks import send_mailing


class Command(BaseCommand):
    help = (
        "Hand due mailings to the task worker: scheduled ones whose time has come, and those "
        "whose sender stopped (its lease ran out). Idempotent; run it every minute from cron."
    )

    def handle(self, *args, **options):
        due = list(Mailing.objects.due().values_list("pk", "subject"))
        for pk, subject in due:
            send_mailing.enqueue(pk)
            self.stdout.write(f"Queued: {subject}")
        if not due:
            self.stdout.write("Nothing to send.")
