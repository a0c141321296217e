from kota.workplans.models.budget import FundingSource, Spending, WorkPlanItem
from kota.workplans.models.workplans import WorkPlan, WorkPlanDecision, WorkPlanLocked

__all__ = [
    "FundingSource",
    "Spending",
    "WorkPlan",
    "WorkPlanDecision",
    "WorkPlanItem",
    "WorkPlanLocked",
]
