import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kota.results import periods
from kota.results.models import Indicator


class Command(BaseCommand):
    help = (
        "Store the values of computed indicators as dated snapshots, for the last period that "
        "was complete on --on (today by default), or with --backfill for every complete period "
        "of the plan so far. Idempotent: a period already stored with the same number is left "
        "alone, so running it twice changes nothing. Meant for cron, e.g. daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--on",
            type=datetime.date.fromisoformat,
            help="the day to snapshot as of (YYYY-MM-DD); default today",
        )
        parser.add_argument(
            "--backfill", action="store_true", help="every complete period since the plan began"
        )
        parser.add_argument("--plan", help="only this plan (slug)")
        parser.add_argument("--indicator", help="only this indicator (code)")

    def handle(self, *args, on, backfill, plan, indicator, **options):
        on = on or timezone.localdate()
        indicators = Indicator.objects.filter(source=Indicator.Source.COMPUTED).select_related(
            "plan"
        )
        if plan:
            indicators = indicators.filter(plan__slug=plan)
        if indicator:
            indicators = indicators.filter(code=indicator)
        if not indicators:
            if plan or indicator:
                raise CommandError("No computed indicator matches --plan/--indicator.")
            self.stdout.write("There is no computed indicator to snapshot.")
            return
        totals = {"created": 0, "updated": 0, "unchanged": 0, "empty": 0}
        for each in indicators:
            last_start, last_end = periods.previous_period(each.frequency, on)
            if backfill:
                due = periods.periods_between(each.frequency, each.plan.starts_on, last_end)
            else:
                due = [(last_start, last_end)]
            # Only the plan's own periods: its history before it began is recorded, not computed.
            due = [
                (start, end)
                for start, end in due
                if end >= each.plan.starts_on and start <= each.plan.ends_on
            ]
            for start, end in due:
                outcome = each.snapshot(start, end)
                totals[outcome] += 1
                if options["verbosity"] > 1:
                    self.stdout.write(f"{each.code} {periods.label(start, end)}: {outcome}")
        self.stdout.write(
            f"{totals['created']} created, {totals['updated']} updated, "
            f"{totals['unchanged']} unchanged, {totals['empty']} with nothing to measure."
        )
