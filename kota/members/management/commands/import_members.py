import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kota.lib.csvfile import ImportRejected
from kota.lib.uploads import max_bytes, too_large_message
from kota.members.importing import COLUMNS, check, write


class Command(BaseCommand):
    help = (
        "Import members from a UTF-8 CSV file. Every row is checked first; a file with any bad "
        "row is rejected whole and nothing is written. Columns: " + ", ".join(COLUMNS)
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check the file, write nothing")

    def handle(self, *args, file, dry_run, **options):
        try:
            size = file.stat().st_size
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from None
        if size > max_bytes():
            raise CommandError(f"{file}: {too_large_message(size)} (UPLOAD_MAX_MB)")
        show_progress = size > 200_000 and options["verbosity"] > 0

        def progress(done, total):
            if show_progress:
                sys.stderr.write(f"\rChecked {done:,} of about {total:,} rows")
                if done >= total:
                    sys.stderr.write("\n")

        try:
            rows = check(file.read_bytes(), progress=progress)
        except ImportRejected as rejected:
            for error in rejected.errors:
                self.stderr.write(str(error))
            hidden = rejected.total_errors - len(rejected.errors)
            if hidden:
                self.stderr.write(f"... and {hidden} more.")
            raise CommandError(
                f"{file} rejected: {rejected.total_errors} problem(s); nothing was imported."
            ) from None
        if dry_run:
            self.stdout.write(f"{file}: {len(rows)} rows are valid; nothing written (--dry-run).")
            return
        summary = write(rows)
        self.stdout.write(
            f"{file}: {summary.rows} rows, {summary.created} created, {summary.updated} "
            f"updated, {summary.unchanged} unchanged."
        )
