from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError

from kota.core.models import ImportJob


class Command(BaseCommand):
    help = (
        "Mark failed the imports whose task worker stopped mid-import (their lease expired). "
        "Idempotent; run it every few minutes, or daily: a job's page and the worker's next "
        "import do the same when they see one."
    )

    def handle(self, *args, **options):
        try:
            count = ImportJob.objects.fail_abandoned()
        except OperationalError as exc:  # SQLite, while a long import writes: try again later
            raise CommandError(f"The database is busy ({exc}); nothing changed.") from None
        self.stdout.write(f"{count} abandoned imports marked failed.")
