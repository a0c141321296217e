from django.core.management.base import BaseCommand, CommandError

from kota.site.backup import BackupError, backup, default_path


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite: online backup, safe while Kota runs; PostgreSQL: "
        "pg_dump). Writes var/backups/kota-<time>.<ext> unless --output is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (must not exist)")

    def handle(self, *args, output, **options):
        try:
            path = backup(output or default_path())
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backed up to {path} ({path.stat().st_size / 1024 / 1024:.1f} MB).")
