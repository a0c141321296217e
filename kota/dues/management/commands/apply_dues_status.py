import datetime

from django.core.management.base import BaseCommand

from kota.dues.services import apply_standing


class Command(BaseCommand):
    help = (
        "Nightly: refresh invoice statuses, lapse members unpaid after the grace period, "
        "reinstate those who paid. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="as if on this day")

    def handle(self, *args, date, **options):
        lapsed, reinstated = apply_standing(today=date)
        self.stdout.write(f"{len(lapsed)} members lapsed, {len(reinstated)} reinstated.")
