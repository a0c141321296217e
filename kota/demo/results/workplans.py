"""The demo's work plans (data/results/workplans.yaml): 2025 endorsed by the Council (with a
year of spending), 2026 approved by the Executive Bureau and waiting for the Council (with its
first spending)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from kota.demo.data import read_yaml
from kota.governance.models import Body, Seat
from kota.results.models import Activity, SecretariatUnit
from kota.workplans.models import FundingSource, WorkPlan, WorkPlanDecision, WorkPlanItem

D = datetime.date
PLANS = read_yaml("results/workplans.yaml")


def _holder(body, user, on, sex=None):
    """The seat `user` holds in `body` on `on`; if they hold none then, they are taken as
    re-elected: an unclaimed seat of that term becomes theirs."""
    seats = Seat.objects.held_on(on).filter(body=body)
    seat = seats.filter(user=user).first()
    if seat is None:
        candidates = seats.filter(user__isnull=True)
        seat = (candidates.filter(holder_sex=sex).first() if sex else None) or candidates.first()
        seat.user = user
        seat.save(update_fields=["user"])
    return seat


def _noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def _items(work_plan, activities, bodies, units, sources, growth=Decimal(1)):
    for position, spec in enumerate(PLANS["items"], start=1):
        body = bodies.get(spec["responsible"])
        WorkPlanItem.objects.create(
            work_plan=work_plan,
            code=f"{work_plan.year % 100}-{position:02d}",
            activity=activities[str(spec["activity"])],
            output=spec["output"],
            body=body,
            unit=None if body else units[spec["responsible"]],
            **{f"q{n}": str(n) in str(spec["quarters"]) for n in range(1, 5)},
            budget=(Decimal(spec["budget"]) * growth).quantize(Decimal(100)),
            currency="USD",
            funding_source=sources[spec["source"]],
            position=position,
        )


def _spend(rng, work_plan, secretariat, share, until):
    lines = 0
    for item in work_plan.items.all():
        target = item.budget * Decimal(share + rng.uniform(-0.25, 0.2))
        quarters = [n for n in range(1, 5) if getattr(item, f"q{n}")]
        quarters = [q for q in quarters if D(work_plan.year, q * 3, 28) <= until] or quarters[:1]
        for n, quarter in enumerate(quarters):
            amount = (target / len(quarters)).quantize(Decimal(1))
            if amount <= 0:
                continue
            item.record_spending(
                amount=amount,
                currency="USD",
                spent_on=min(D(work_plan.year, quarter * 3, 28), until),
                reference=f"GL-{work_plan.year}-{item.code}-{n + 1}",
                by=secretariat,
            )
            lines += 1
    return lines


def _date_decisions(work_plan, submitted_on):
    """Date the steps as if taken on their days (the submission is recorded today)."""
    decisions = WorkPlanDecision.objects.filter(work_plan=work_plan)
    decisions.filter(step=WorkPlanDecision.Step.SUBMITTED).update(decided_on=submitted_on)
    for decision in decisions:
        WorkPlanDecision.objects.filter(pk=decision.pk).update(at=_noon(decision.decided_on))


def build_work_plans(rng, plan, *, bodies, secretariat, board_user, council_user):
    """The 2025 and 2026 work plans with their decisions and spending."""
    units = {
        unit["slug"]: SecretariatUnit.objects.get_or_create(
            slug=unit["slug"], defaults={"name": unit["name"]}
        )[0]
        for unit in PLANS["units"]
    }
    sources = {
        source["name"]: FundingSource.objects.get_or_create(
            name=source["name"], defaults={"kind": FundingSource.Kind(source["kind"])}
        )[0]
        for source in PLANS["funding_sources"]
    }
    activities = {a.code: a for a in Activity.objects.filter(strategy__goal__plan=plan)}
    bureau = next(b for b in bodies.values() if b.kind == Body.Kind.EXECUTIVE_BUREAU)
    council = next(b for b in bodies.values() if b.kind == Body.Kind.COUNCIL)
    today_seat = Seat.objects.current().filter(user=board_user, body=bureau).first()
    sex = today_seat.holder_sex if today_seat else None
    _holder(bureau, board_user, D(2024, 12, 10), sex)
    _holder(council, council_user, D(2025, 1, 25))

    current = WorkPlan.objects.create(
        plan=plan,
        year=2025,
        created_by=secretariat,
        created_at=_noon(D(2024, 10, 1)),
        note="The last year of the Manifesto 2021-2025: completing its programmes.",
    )
    _items(current, activities, bodies, units, sources)
    current.submit(secretariat, "For the Executive Bureau meeting of December 2024.")
    current.approve(board_user, "Approved; keep travel within the budget.", on=D(2024, 12, 10))
    current.endorse(council_user, "Endorsed by the Council, Jakarta.", on=D(2025, 1, 25))
    _date_decisions(current, D(2024, 11, 15))
    lines = _spend(rng, current, secretariat, 0.85, D(2025, 12, 31))

    _holder(council, council_user, timezone.localdate())
    following = WorkPlan.objects.create(
        plan=plan,
        year=2026,
        created_by=secretariat,
        created_at=_noon(D(2025, 10, 15)),
        note="A bridge year while the next strategic plan is prepared.",
    )
    _items(following, activities, bodies, units, sources, growth=Decimal("1.05"))
    following.submit(secretariat, "For the Executive Bureau meeting of January 2026.")
    following.approve(board_user, "Approved for the Council's endorsement.", on=D(2026, 1, 20))
    _date_decisions(following, D(2026, 1, 6))
    spent_until = min(timezone.localdate(), D(2026, 12, 31))
    if spent_until.year == 2026:
        lines += _spend(rng, following, secretariat, 0.5, spent_until)
    return [current, following], lines
