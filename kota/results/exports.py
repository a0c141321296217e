"""The rows of the results exports (CSV and XLSX through kota.lib.tables, and the
`export_plan` command). Each function returns (headers, rows) and runs a fixed number of
queries however many rows there are."""

from django.db.models import Prefetch

from kota.lib.money import round_money
from kota.lib.numbers import percent
from kota.results.models import Indicator, Value, WorkPlan, WorkPlanItem

TREE_HEADERS = ["code", "level", "title", "text"]


def plan_tree(plan):
    """Every goal, strategy and activity of `plan` in the plan's order, one row each."""
    goals = plan.goals.with_tree()

    def rows():
        for goal in goals:
            yield (goal.code, "goal", goal.title, goal.text)
            for strategy in goal.strategies.all():
                yield (strategy.code, "strategy", strategy.title, strategy.text)
                for activity in strategy.activities.all():
                    yield (activity.code, "activity", activity.title, activity.text)

    return TREE_HEADERS, rows()


INDICATOR_HEADERS = [
    "indicator",
    "name",
    "unit",
    "currency",
    "public",
    "period",
    "period_start",
    "period_end",
    "status",
    "breakdown",
    "number",
    "narrative",
]


def indicator_values(plan, user):
    """Every value `user` may see of the indicators of `plan` they may see: one row for the
    value (its total) and one per cell of its breakdown."""
    indicators = (
        Indicator.objects.visible_to(user)
        .filter(plan=plan)
        .prefetch_related(
            "dimensions__categories",
            Prefetch(
                "values",
                Value.objects.with_cells_visible_to(user),
                to_attr="exported_values",
            ),
        )
    )

    def rows():
        for indicator in indicators:
            labels = indicator.cell_labels()
            head = (
                indicator.code,
                indicator.name,
                indicator.unit,
                indicator.currency,
                indicator.is_public,
            )
            for value in indicator.exported_values:
                period = (value.period_label, value.period_start, value.period_end, value.status)
                yield (*head, *period, "", value.number, value.narrative)
                for cell in value.cells.all():
                    yield (*head, *period, labels.get(cell.key, cell.key), cell.number, "")

    return INDICATOR_HEADERS, rows()


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
