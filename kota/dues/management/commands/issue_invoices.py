import datetime
import sys

from django.core.management.base import BaseCommand, CommandError

from kota.dues.models import FeeSchedule
from kota.dues.services import issue_invoices


class Command(BaseCommand):
    help = "Issue the year's invoices to every active or lapsed member without one (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument(
            "--date",
            type=datetime.date.fromisoformat,
            help="issue date, YYYY-MM-DD (default today)",
        )

    def handle(self, *args, year, date, **options):
        if not FeeSchedule.objects.filter(year=year).exists():
            raise CommandError(f"There is no fee schedule for {year}; create it in the admin.")

        def progress(done, total):
            sys.stderr.write(f"\r{done:,} of {total:,} members")

        summary = issue_invoices(year=year, today=date, progress=progress)
        self.stdout.write(
            f"{len(summary.issued)} invoices issued for {year}; "
            f"{summary.already} members already had one."
        )
        for member in summary.unplaced:
            self.stderr.write(f"No tier rule places {member.name} ({member.slug}).")
