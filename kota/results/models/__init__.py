from kota.results.models.common import (
    InvalidTransition,
    NotAllowed,
    ValueLocked,
)
from kota.results.models.disaggregation import Category, Cell, Dimension
from kota.results.models.indicators import Indicator, Target
from kota.results.models.lessons import Lesson
from kota.results.models.plan import Activity, Goal, Plan, SecretariatUnit, Strategy
from kota.results.models.values import Value

__all__ = [
    "Activity",
    "Category",
    "Cell",
    "Dimension",
    "Goal",
    "Indicator",
    "InvalidTransition",
    "Lesson",
    "NotAllowed",
    "Plan",
    "SecretariatUnit",
    "Strategy",
    "Target",
    "Value",
    "ValueLocked",
]
