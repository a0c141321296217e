"""A plan's annual work plans and budgets, under /api/v1/results beside the plan they serve.
Callers see what the pages show them: staff and board members every revision, anyone else the
endorsed ones."""

import datetime
from decimal import Decimal

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema

from kota.api.schemas import NOT_FOUND, choices_enum
from kota.lib.money import round_money
from kota.lib.numbers import percent
from kota.results.models import Plan
from kota.workplans.models import FundingSource, WorkPlan, WorkPlanDecision, WorkPlanItem

router = Router(tags=["results"])

WorkPlanStatus = choices_enum("WorkPlanStatus", WorkPlan.Status)
FundingKind = choices_enum("FundingKind", FundingSource.Kind)
DecisionStep = choices_enum("WorkPlanDecisionStep", WorkPlanDecision.Step)


class BudgetOut(Schema):
    currency: str
    budget: Decimal
    spent: Decimal
    rate: Decimal | None = Field(None, description="execution rate, percent of the budget")


class ItemOut(Schema):
    code: str
    goal: str
    strategy: str
    activity: str
    output: str
    responsible: str
    quarters: list[str]
    currency: str
    budget: Decimal
    funding_source: str
    funding_kind: FundingKind
    spent: Decimal
    execution_rate: Decimal | None


class DecisionOut(Schema):
    step: DecisionStep
    decided_on: datetime.date
    body: str | None
    comment: str


class WorkPlanOut(Schema):
    year: int
    revision: int
    status: WorkPlanStatus
    totals: list[BudgetOut]
    items: list[ItemOut]
    decisions: list[DecisionOut]


@router.get(
    "/plans/{slug}/workplans",
    response={200: list[WorkPlanOut], **NOT_FOUND},
    summary="A plan's annual work plans and budgets",
)
def list_work_plans(request, slug: str):
    """Every revision of the plan's work plans the caller may see (the public: the endorsed
    ones), newest first, with items, budget, spending and execution rate, and decisions."""
    plan = get_object_or_404(Plan, slug=slug)
    work_plans = (
        WorkPlan.objects.visible_to(request.user)
        .filter(plan=plan)
        .prefetch_related("decisions__body")
    )
    items = (
        WorkPlanItem.objects.filter(work_plan__in=work_plans)
        .for_listing()
        .order_by("position", "pk")
    )
    by_plan = {}
    for item in items:
        by_plan.setdefault(item.work_plan_id, []).append(item)
    totals = {}
    for row in WorkPlanItem.objects.filter(work_plan__in=work_plans).budget_by_work_plan():
        totals.setdefault(row.pop("work_plan"), []).append(row)
    return [
        {
            "year": work_plan.year,
            "revision": work_plan.revision,
            "status": work_plan.status,
            "totals": totals.get(work_plan.pk, []),
            "items": [_item_out(item) for item in by_plan.get(work_plan.pk, [])],
            "decisions": [
                {
                    "step": d.step,
                    "decided_on": d.decided_on,
                    "body": d.body.name if d.body else None,
                    "comment": d.comment,
                }
                for d in work_plan.decisions.all()
            ],
        }
        for work_plan in work_plans
    ]


def _item_out(item):
    activity = item.activity
    return {
        "code": item.code,
        "goal": activity.strategy.goal.code,
        "strategy": activity.strategy.code,
        "activity": activity.code,
        "output": item.output,
        "responsible": str(item.responsible or ""),
        "quarters": item.quarters,
        "currency": item.currency,
        "budget": round_money(item.budget, item.currency),
        "funding_source": item.funding_source.name,
        "funding_kind": item.funding_source.kind,
        "spent": round_money(item.spent, item.currency),
        "execution_rate": percent(item.spent, item.budget, places=1),
    }
