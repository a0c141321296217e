"""The rows of the work plans export (CSV and XLSX through kota.lib.tables): (headers, rows)
in a fixed number of queries however many items there are."""

from kota.lib.money import round_money
from kota.lib.numbers import percent
from kota.workplans.models import WorkPlan, WorkPlanItem

WORK_PLAN_HEADERS = [
    "year",
    "revision",
    "status",
    "item",
    "goal",
    "strategy",
    "activity",
    "output",
    "responsible",
    "q1",
    "q2",
    "q3",
    "q4",
    "currency",
    "budget",
    "funding_source",
    "funding_kind",
    "spent",
    "execution_rate",
]


def work_plan_items(plan, user, work_plans=None):
    """The items of the work plans of `plan` that `user` may see (or of `work_plans`), with
    their budget, spending and execution rate (percent)."""
    work_plans = work_plans or WorkPlan.objects.visible_to(user).filter(plan=plan)
    items = (
        WorkPlanItem.objects.filter(work_plan__in=work_plans)
        .for_listing()
        .select_related("work_plan")
        .order_by("-work_plan__year", "-work_plan__revision", "position", "pk")
    )

    def rows():
        for item in items:
            work_plan, activity = item.work_plan, item.activity
            yield (
                work_plan.year,
                work_plan.revision,
                work_plan.status,
                item.code,
                activity.strategy.goal.code,
                activity.strategy.code,
                activity.code,
                item.output,
                str(item.responsible or ""),
                item.q1,
                item.q2,
                item.q3,
                item.q4,
                item.currency,
                round_money(item.budget, item.currency),
                item.funding_source.name,
                item.funding_source.kind,
                round_money(item.spent, item.currency),
                percent(item.spent, item.budget, places=1),
            )

    return WORK_PLAN_HEADERS, rows()
