from kota.results.models.budget import FundingSource, Spending, WorkPlanItem
from kota.results.models.common import (
    InvalidTransition,
    NotAllowed,
    ValueLocked,
    WorkPlanLocked,
)
from kota.results.models.disaggregation import Category, Cell, Dimension
from kota.results.models.indicators import Indicator, Target
from kota.results.models.lessons import Lesson
from kota.results.models.plan import Activity, Goal, Plan, SecretariatUnit, Strategy
from kota.results.models.values import Value
from kota.results.models.workplans import WorkPlan, WorkPlanDecision

__all__ = [
    "Activity",
    "Category",
    "Cell",
    "Dimension",
    "FundingSource",
    "Goal",
    "Indicator",
    "InvalidTransition",
    "Lesson",
    "NotAllowed",
    "Plan",
    "SecretariatUnit",
    "Spending",
    "Strategy",
    "Target",
    "Value",
    "ValueLocked",
    "WorkPlan",
    "WorkPlanDecision",
    "WorkPlanItem",
    "WorkPlanLocked",
]
