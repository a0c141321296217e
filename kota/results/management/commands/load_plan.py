from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kota.results.loading import PlanFileError, load_plan_file


class Command(BaseCommand):
    help = (
        "Create or update a plan, its goals, strategies, activities and indicators from a YAML "
        "plan file (see kota/results/loading.py for its shape). Idempotent: rows are matched on "
        "their codes and updated in place; rerunning an unchanged file writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        try:
            outcomes = load_plan_file(file)
        except PlanFileError as error:
            raise CommandError(f"{file} was not loaded: {error}") from None
        kinds = sorted({kind for kind, _outcome in outcomes})
        for kind in kinds:
            self.stdout.write(
                f"{kind}: {outcomes[(kind, 'created')]} created, "
                f"{outcomes[(kind, 'updated')]} updated, "
                f"{outcomes[(kind, 'unchanged')]} unchanged"
            )
