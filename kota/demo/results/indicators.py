"""The demo's indicators of the Manifesto 2021-2025 and their values, written so that the
dashboard tells a believable story: capacity building on track, climate plans at risk, Voluntary
Local Reviews off track, a qualitative milestone and an indicator still without data; values
approved through the workflow, some submitted and waiting, one returned, one draft."""

import datetime
from decimal import Decimal

from kota.results import periods
from kota.results.models import Activity, Category, Dimension, Indicator, Strategy, Target, Value

D = datetime.date
EVIDENCE = "https://example.org/uclg-aspac/evidence/{code}-{period}.pdf"
SEXES = [("female", "Female"), ("male", "Male")]
AGES = [("18-29", "18-29"), ("30-44", "30-44"), ("45-plus", "45 and over")]

# code, name, unit, cumulative, frequency, direction, baseline, target, milestones, strategies,
# activities, public, yearly (or quarterly) numbers, definition
INDICATORS = [
    {
        "code": "KPI-1.1.2",
        "name": "Participants in capacity-building events",
        "definition": "People who attended a training, workshop or peer-learning event run or "
        "co-run by UCLG ASPAC, counted once per event, by sex and age group.",
        "unit": Indicator.Unit.COUNT,
        "cumulative": True,
        "frequency": Indicator.Frequency.QUARTERLY,
        "baseline": (Decimal(0), D(2020, 12, 31)),
        "target": Decimal(6000),
        "milestones": [(D(2023, 12, 31), Decimal(3200), "Mid-term review")],
        "strategies": ["1.1"],
        "activities": ["1.1.2", "5.4.1"],
        "sdg_indicator": "",
        "public": True,
        "disaggregated": True,
    },
    {
        "code": "KPI-2.1",
        "name": "Local governments supported to prepare climate action plans",
        "definition": "Member local governments that adopted or updated a climate action plan "
        "with technical support from UCLG ASPAC during the year (cumulative).",
        "unit": Indicator.Unit.COUNT,
        "cumulative": True,
        "frequency": Indicator.Frequency.ANNUAL,
        "baseline": (Decimal(0), D(2020, 12, 31)),
        "target": Decimal(60),
        "yearly": [11, 12, 11, 12, 11],
        "strategies": ["2.1"],
        "activities": [],
        "sdg_indicator": "13.2.1",
        "public": True,
    },
    {
        "code": "KPI-3.1",
        "name": "Voluntary Local Reviews published with UCLG ASPAC support",
        "definition": "Voluntary Local Reviews of the SDGs published by members during the "
        "year with UCLG ASPAC's support (cumulative).",
        "unit": Indicator.Unit.COUNT,
        "cumulative": True,
        "frequency": Indicator.Frequency.ANNUAL,
        "baseline": (Decimal(3), D(2020, 12, 31)),
        "target": Decimal(40),
        "yearly": [2, 3, 3, 4, 5],
        "strategies": ["3.1"],
        "activities": ["3.1.3"],
        "sdg_indicator": "17.14.1",
        "public": True,
    },
    {
        "code": "KPI-6.2.1",
        "name": "Days to answer a member's request",
        "definition": "Median working days between a member's request reaching the "
        "secretariat and its first substantive answer, over the year.",
        "unit": Indicator.Unit.SCORE,
        "direction": Indicator.Direction.LOWER,
        "cumulative": False,
        "frequency": Indicator.Frequency.ANNUAL,
        "baseline": (Decimal(14), D(2020, 12, 31)),
        "target": Decimal(5),
        "yearly": [12, 10, 8, 7, 6],
        "strategies": ["6.2"],
        "activities": [],
        "sdg_indicator": "",
        "public": False,
    },
    {
        "code": "KPI-6.1.3",
        "name": "ISO 9001 certification of financial management",
        "definition": "Where the secretariat stands on the way to ISO 9001 certification of "
        "its financial management.",
        "unit": Indicator.Unit.QUALITATIVE,
        "cumulative": False,
        "frequency": Indicator.Frequency.ANNUAL,
        "narratives": {
            2022: "Gap assessment against ISO 9001 completed; 14 procedures to update.",
            2023: "Procedures updated and adopted; internal audit planned.",
            2024: "Internal audit passed; certification audit booked for 2025.",
        },
        "strategies": ["6.1"],
        "activities": ["6.1.3"],
        "sdg_indicator": "",
        "public": False,
    },
    {
        "code": "KPI-6.4.2",
        "name": "Staff completing their annual capacity development review",
        "definition": "Share of staff and project team members whose annual professional "
        "capacity development review was completed and its recommendations acted on.",
        "unit": Indicator.Unit.PERCENT,
        "cumulative": False,
        "frequency": Indicator.Frequency.ANNUAL,
        "baseline": None,
        "target": Decimal(100),
        "strategies": ["6.4"],
        "activities": ["6.4.2"],
        "sdg_indicator": "",
        "public": False,
    },
]
CODES = [spec["code"] for spec in INDICATORS]


def create_indicators(plan):
    """The demo indicators, linked to the plan's strategies and activities. {code: indicator}"""
    strategies = {s.code: s for s in Strategy.objects.filter(goal__plan=plan)}
    activities = {a.code: a for a in Activity.objects.filter(strategy__goal__plan=plan)}
    created = {}
    for position, spec in enumerate(INDICATORS, start=10):
        baseline = spec.get("baseline")
        indicator = Indicator.objects.create(
            plan=plan,
            code=spec["code"],
            name=spec["name"],
            definition=spec["definition"],
            unit=spec["unit"],
            direction=spec.get("direction", Indicator.Direction.HIGHER),
            is_cumulative=spec["cumulative"],
            frequency=spec["frequency"],
            baseline_value=baseline[0] if baseline else None,
            baseline_date=baseline[1] if baseline else None,
            target_value=spec.get("target"),
            sdg_indicator=spec["sdg_indicator"],
            is_public=spec["public"],
            position=position,
        )
        indicator.strategies.set([strategies[code] for code in spec["strategies"]])
        indicator.activities.set([activities[code] for code in spec["activities"]])
        for day, number, note in spec.get("milestones", []):
            Target.objects.create(indicator=indicator, period_end=day, number=number, note=note)
        if spec.get("disaggregated"):
            for dposition, (code, name, categories) in enumerate(
                [("sex", "Sex", SEXES), ("age", "Age group", AGES)]
            ):
                dimension = Dimension.objects.create(
                    indicator=indicator, code=code, name=name, position=dposition
                )
                Category.objects.bulk_create(
                    Category(dimension=dimension, code=c, name=n, position=p)
                    for p, (c, n) in enumerate(categories)
                )
        created[spec["code"]] = indicator
    return created


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
            value.return_(self.officer, outcome.split(":", 1)[1])


def participants(rng, quarter_index):
    """The cells of one quarter of the capacity-building indicator: the number of events grows,
    and women's share with it."""
    total = 260 + quarter_index * 9 + rng.randint(-40, 40)
    women = 0.44 + quarter_index * 0.004
    cells = {}
    for sex, _name in SEXES:
        share = women if sex == "female" else 1 - women
        for age, weight in zip([a for a, _n in AGES], [0.30, 0.45, 0.25], strict=True):
            cells[(sex, age)] = max(0, round(total * share * weight + rng.randint(-5, 5)))
    return cells


def enter_values(rng, indicators, workflow):
    """The values of the demo indicators, 2021-2025. Returns how many were entered."""
    count = 0
    trained = indicators["KPI-1.1.2"]
    quarters = periods.periods_between(
        Indicator.Frequency.QUARTERLY, D(2021, 1, 1), D(2025, 12, 31)
    )
    for index, (start, end) in enumerate(quarters):
        value = workflow.enter(trained, start, end, cells=participants(rng, index))
        workflow.run(value, "submitted" if index == len(quarters) - 1 else "approved")
        count += 1
    outcomes = {
        "KPI-2.1": {2025: "submitted"},
        "KPI-3.1": {
            2025: "returned:Two of the five reviews listed were published in January 2026; "
            "count only those published in 2025 and attach the links."
        },
    }
    for code in ["KPI-2.1", "KPI-3.1", "KPI-6.2.1"]:
        spec = next(spec for spec in INDICATORS if spec["code"] == code)
        for year, number in zip(range(2021, 2026), spec["yearly"], strict=True):
            value = workflow.enter(
                indicators[code], D(year, 1, 1), D(year, 12, 31), number=Decimal(number)
            )
            workflow.run(value, outcomes.get(code, {}).get(year, "approved"))
            count += 1
    iso = indicators["KPI-6.1.3"]
    spec = next(spec for spec in INDICATORS if spec["code"] == "KPI-6.1.3")
    for year, text in spec["narratives"].items():
        workflow.approve(workflow.enter(iso, D(year, 1, 1), D(year, 12, 31), narrative=text))
        count += 1
    draft = workflow.enter(indicators["KPI-6.4.2"], D(2025, 1, 1), D(2025, 12, 31), number=80)
    draft.comment = "Waiting for the last two reviews."
    draft.save()
    return count + 1
