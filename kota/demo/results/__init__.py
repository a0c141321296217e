"""The demo network's results: indicators of the Manifesto 2021-2025 with five years of values
(every progress status appears), snapshots of the computed indicators, lessons learned, and the
2025 and 2026 work plans with budgets, decisions and spending. Call after the members,
governance and dues of the demo are built:

    build_results(rng, scale="small", members=members, bodies=bodies,
                  secretariat=secretariat, board_user=board_user)

It creates two accounts of its own (returned, with their passwords, in the summary): a second
secretariat officer who reviews values, and a member of the Council who can endorse the 2026
work plan. `scale="large"` adds a million disaggregated numbers for benchmarks (bench.py).
`reset_results()` removes what it built (call it before deleting bodies and accounts).
"""

import datetime
import time

from django.db import transaction

from kota.core.models import User
from kota.demo.results.bench import PREFIX, build_benchmark
from kota.demo.results.indicators import CODES, Workflow, create_indicators, enter_values
from kota.demo.results.workplans import PLANS, build_work_plans
from kota.results import periods
from kota.results.loading import MANIFESTO, load_plan_file
from kota.results.models import Activity, Indicator, Lesson, Plan, Value
from kota.workplans.models import (
    FundingSource,
    Spending,
    WorkPlan,
    WorkPlanDecision,
    WorkPlanItem,
)

SLUG = "manifesto-2021-2025"
ACCOUNTS = [
    ("officer", "Secretariat officer (reviewer)", {"is_staff": True}),
    ("council", "Council member", {}),
]


def _account(username, label, flags):
    user = User.objects.filter(username=username).first()
    password = f"{username}-kota-demo"
    if user is None:
        user = User.objects.create_user(
            username, f"{username}@example.org", password, first_name=label, **flags
        )
    return user, (username, password, label)


def reset_results():
    """Remove what build_results() made: demo and benchmark indicators and their values,
    computed snapshots, lessons, work plans and their items, decisions and spending."""
    with transaction.atomic():
        Spending.objects.all().delete()
        WorkPlanDecision.objects.all().delete()
        WorkPlanItem.objects.all().delete()
        WorkPlan.objects.filter(revises__isnull=False).delete()
        WorkPlan.objects.all().delete()
        FundingSource.objects.all().delete()
        Lesson.objects.all().delete()
        demo = Indicator.objects.filter(code__in=CODES) | Indicator.objects.filter(
            code__startswith=PREFIX
        )
        Value.objects.filter(indicator__in=demo).delete()
        demo.delete()
        Value.objects.filter(origin=Value.Origin.COMPUTED).delete()


def snapshot_computed(plan, today):
    """Store every complete period of the plan's computed indicators, as the nightly
    `snapshot_indicators --backfill` does."""
    outcomes = {}
    for indicator in plan.indicators.filter(source=Indicator.Source.COMPUTED):
        last_end = periods.previous_period(indicator.frequency, today)[1]
        for start, end in periods.periods_between(
            indicator.frequency, plan.starts_on, min(last_end, plan.ends_on)
        ):
            outcome = indicator.snapshot(start, end)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def ensure_plan():
    """The Manifesto 2021-2025, loaded again if the database was flushed since the migrations
    loaded it."""
    plan = Plan.objects.filter(slug=SLUG).first()
    if plan is None:
        load_plan_file(MANIFESTO)
        plan = Plan.objects.get(slug=SLUG)
    return plan


def build_results(rng, *, scale, members, bodies, secretariat, board_user):
    """Build the demo's results (see the module docstring). Returns a summary dict."""
    started = time.monotonic()
    plan = ensure_plan()
    reset_results()
    with transaction.atomic():
        officer, officer_account = _account(*ACCOUNTS[0])
        council_user, council_account = _account(*ACCOUNTS[1])
        indicators = create_indicators(plan)
        values = enter_values(rng, indicators, Workflow(secretariat, officer))
        snapshots = snapshot_computed(plan, datetime.date.today())
        activities = {a.code: a for a in Activity.objects.filter(strategy__goal__plan=plan)}
        for index, lesson in enumerate(PLANS["lessons"]):
            Lesson.objects.create(
                activity=activities[str(lesson["activity"])],
                author=secretariat if index % 2 == 0 else board_user,
                written_on=datetime.date(2022 + index % 4, 3 + index * 2, 15),
                text=lesson["text"],
                tags=lesson["tags"],
            )
        work_plans, spending = build_work_plans(
            rng,
            plan,
            bodies=bodies,
            secretariat=secretariat,
            board_user=board_user,
            council_user=council_user,
        )
    summary = {
        "indicators": len(indicators),
        "values": values,
        "snapshots": snapshots,
        "lessons": len(PLANS["lessons"]),
        "work_plans": len(work_plans),
        "spending": spending,
        "accounts": [officer_account, council_account],
    }
    if scale == "large":
        with transaction.atomic():
            count, bench_values, cells = build_benchmark(rng, plan)
        summary.update(bench_indicators=count, bench_values=bench_values, bench_cells=cells)
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary
