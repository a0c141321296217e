from django.core.management.base import BaseCommand, CommandError
from django.db.models import ProtectedError

from kota.demo.registry import delete_demo


class Command(BaseCommand):
    help = (
        "Delete every record the demo generated (members, bodies, dues, results, knowledge, "
        "the demo accounts) and leave everything else."
    )

    def handle(self, *args, **options):
        try:
            counts = delete_demo()
        except ProtectedError as exc:
            raise CommandError(f"Nothing deleted: {exc.args[0]}") from None
        if not counts:
            self.stdout.write("This site holds no demo records; nothing deleted.")
            return
        self.stdout.write(f"Deleted {sum(counts.values()):,} demo records:")
        for label, count in sorted(counts.items()):
            self.stdout.write(f"  {label:<40} {count:>10,}")
