from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kota.projects.iati.activities import NothingToPublish, activities_file
from kota.projects.iati.organisation import NoIdentifier, organisation_file


class Command(BaseCommand):
    help = (
        "Write the IATI 2.03 activities file (public projects) and/or the organisation file, "
        "each validated against the shipped schemas; projects that would break the file are "
        "left out and listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--activities", metavar="FILE", help="where to write activities")
        parser.add_argument("--organisation", metavar="FILE", help="where to write the org file")

    def handle(self, *args, activities, organisation, **options):
        if not (activities or organisation):
            raise CommandError("Give --activities FILE, --organisation FILE or both.")
        if activities:
            try:
                published = activities_file()
            except NothingToPublish as refusal:
                for left_out in refusal.args[0]:
                    self.stderr.write(str(left_out))
                raise CommandError("No public project can be published.") from None
            Path(activities).write_bytes(published.content)
            self.stdout.write(
                f"Wrote {activities}: {published.included} projects, "
                f"{len(published.left_out)} left out."
            )
            for left_out in published.left_out:
                self.stderr.write(str(left_out))
        if organisation:
            try:
                content = organisation_file()
            except NoIdentifier as refusal:
                raise CommandError(str(refusal)) from None
            Path(organisation).write_bytes(content)
            self.stdout.write(f"Wrote {organisation}.")
