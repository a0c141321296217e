import datetime

from django.core.management.base import BaseCommand

from kota.dues.services import send_reminders


class Command(BaseCommand):
    help = "Nightly: email the reminders whose day has come, each once (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="as if on this day")

    def handle(self, *args, date, **options):
        made = send_reminders(today=date)
        self.stdout.write(f"{len(made)} reminders queued.")
