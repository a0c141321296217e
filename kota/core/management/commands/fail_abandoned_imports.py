from django.core.management.base import BaseCommand

from kota.core.models import ImportJob


class Command(BaseCommand):
    help = (
        "Mark failed the imports whose task worker stopped mid-import (their lease expired). "
        "Idempotent; run it every few minutes, or daily: a job's page and the worker's next "
        "import do the same when they see one."
    )

    def handle(self, *args, **options):
        count = ImportJob.objects.fail_abandoned()
        self.stdout.write(f"{count} abandoned imports marked failed.")
