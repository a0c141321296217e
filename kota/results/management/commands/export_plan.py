import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from openpyxl import Workbook

from kota.lib.tables import as_text
from kota.results.exports import plan_tree
from kota.results.models import Plan


class Command(BaseCommand):
    help = (
        "Write a plan's tree (its goals, strategies and activities, in order) as CSV to "
        "standard output or to --output, or as XLSX to --output, with the columns "
        "code,level,title,text (level: goal, strategy or activity)."
    )

    def add_arguments(self, parser):
        parser.add_argument("plan", help="the plan's slug, e.g. manifesto-2021-2025")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv", dest="fmt")
        parser.add_argument("--output", type=Path, help="a file to write (required for xlsx)")

    def handle(self, *args, plan, fmt, output, **options):
        found = Plan.objects.filter(slug=plan).first()
        if found is None:
            slugs = ", ".join(Plan.objects.values_list("slug", flat=True)) or "none"
            raise CommandError(f"No plan {plan!r}; the plans are: {slugs}.")
        headers, rows = plan_tree(found)
        if fmt == "xlsx":
            if output is None:
                raise CommandError("--format xlsx writes a file: give it with --output.")
            book = Workbook(write_only=True)
            sheet = book.create_sheet(found.slug[:31])
            sheet.append(headers)
            count = 0
            for row in rows:
                sheet.append([as_text(cell) for cell in row])
                count += 1
            book.save(output)
            self.stderr.write(f"{count} rows written to {output}.")
            return
        if output is None:
            self._write_csv(self.stdout, headers, rows)
        else:
            with output.open("w", newline="", encoding="utf-8") as handle:
                count = self._write_csv(handle, headers, rows)
            self.stderr.write(f"{count} rows written to {output}.")

    @staticmethod
    def _write_csv(handle, headers, rows):
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(headers)
        count = 0
        for row in rows:
            writer.writerow([as_text(cell) for cell in row])
            count += 1
        return count
