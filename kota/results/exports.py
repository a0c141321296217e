"""The rows of the results exports (CSV and XLSX through kota.lib.tables, and the
`export_plan` command). Each function returns (headers, rows) and runs a fixed number of
queries however many rows there are."""

from django.db.models import Prefetch

from kota.results.models import Indicator, Value

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
