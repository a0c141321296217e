"""The demo's indicators of the Manifesto 2021-2025 (data/results/indicators.yaml, in the
plan-file format) and their values (data/results/values.yaml), written so that the dashboard
tells a believable story: capacity building on track, climate plans at risk, Voluntary Local
Reviews off track, a qualitative milestone and an indicator still without data; values approved
through the workflow, some submitted and waiting, one returned, one draft."""

import datetime
from decimal import Decimal

from kota.demo.data import read_yaml
from kota.results import periods
from kota.results.loading import MANIFESTO, load_plan, read_plan_file
from kota.results.models import Indicator, Value

D = datetime.date
EVIDENCE = "https://example.org/uclg-aspac/evidence/{code}-{period}.pdf"
INDICATORS = read_yaml("results/indicators.yaml")
VALUES = read_yaml("results/values.yaml")
CODES = [spec["code"] for spec in INDICATORS["indicators"]]


def create_indicators(plan):
    """Load the demo indicators into `plan` (the Manifesto) with load_plan, taking the plan's
    goals, strategies and activities from its own file. Returns {code: indicator}."""
    data = read_plan_file(MANIFESTO)
    if data["slug"] != INDICATORS["slug"] or plan.slug != data["slug"]:
        raise ValueError("The demo indicators belong to the Manifesto 2021-2025.")
    load_plan({**data, "indicators": INDICATORS["indicators"]})
    return {i.code: i for i in Indicator.objects.filter(plan=plan, code__in=CODES)}


class Workflow:
    """Enters values as the secretariat does and has a second officer review them."""

    def __init__(self, secretariat, officer):
        self.secretariat, self.officer = secretariat, officer

    def enter(self, indicator, start, end, *, number=None, cells=None, narrative=""):
        value = Value(
            indicator=indicator,
            period_start=start,
            period_end=end,
            number=None if cells else number,
            narrative=narrative,
            evidence_url=EVIDENCE.format(
                code=indicator.code.lower(), period=periods.label(start, end).replace(" ", "")
            ),
            origin=Value.Origin.ENTERED,
            entered_by=self.secretariat,
        )
        value._history_user = self.secretariat
        value.save()
        if cells:
            value.set_cells(cells)
        return value

    def approve(self, value):
        value.submit(self.secretariat)
        value.approve(self.officer)

    def run(self, value, outcome):
        """Take `value` to `outcome`: approved, submitted, returned (with a reason) or draft."""
        if outcome == "approved":
            self.approve(value)
        elif outcome == "submitted":
            value.submit(self.secretariat)
        elif outcome.startswith("returned:"):
            value.submit(self.secretariat)
            value.return_(self.officer, outcome.split(":", 1)[1].strip())


def enter_values(rng, indicators, workflow):
    """The values of the demo indicators, 2021-2025. Returns how many were entered."""
    count = 0
    outcomes = VALUES["outcomes"]
    for code, numbers in VALUES["annual"].items():
        for year, number in numbers.items():
            value = workflow.enter(
                indicators[code], D(year, 1, 1), D(year, 12, 31), number=Decimal(number)
            )
            workflow.run(value, outcomes.get(code, {}).get(year, "approved"))
            count += 1
    for code, texts in VALUES["narratives"].items():
        for year, text in texts.items():
            value = workflow.enter(indicators[code], D(year, 1, 1), D(year, 12, 31), narrative=text)
            workflow.approve(value)
            count += 1
    for code, drafts in VALUES["drafts"].items():
        for year, draft in drafts.items():
            value = workflow.enter(
                indicators[code], D(year, 1, 1), D(year, 12, 31), number=Decimal(draft["number"])
            )
            value.comment = draft.get("comment", "")
            value.save()
            count += 1
    return count
