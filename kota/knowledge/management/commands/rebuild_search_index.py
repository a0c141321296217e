from django.core.management.base import BaseCommand
from django.db import transaction

from kota.knowledge import indexing
from kota.knowledge.models import KnowledgeItem


class Command(BaseCommand):
    help = (
        "Empty the knowledge search index and index every published item again, in one "
        "transaction (searches see the old index until it is done). Safe to run at any time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=500, help="Items read and written at a time."
        )

    def handle(self, *args, batch_size, **options):
        if batch_size < 1:
            batch_size = 500
        backend = indexing.backend()
        self.stdout.write(f"Rebuilding the search index ({backend.connection.vendor})...")

        def progress(done, total):
            self.stdout.write(f"  {done}/{total}")

        def lists_progress(done, total):
            self.stdout.write(f"  top lists: {done}/{total} common words")

        with transaction.atomic():
            done = indexing.rebuild(
                KnowledgeItem.objects.published(),
                batch_size=batch_size,
                progress=progress,
                lists_progress=lists_progress,
            )
        self.stdout.write(self.style.SUCCESS(f"Indexed {done} published items."))
