from kota.results.forms.lessons import LessonForm, LessonSearchForm
from kota.results.forms.values import ReturnForm, ValueForm
from kota.results.forms.workplans import (
    DecisionForm,
    ReturnWorkPlanForm,
    SpendingForm,
    StartWorkPlanForm,
    WorkPlanItemForm,
)

__all__ = [
    "DecisionForm",
    "LessonForm",
    "LessonSearchForm",
    "ReturnForm",
    "ReturnWorkPlanForm",
    "SpendingForm",
    "StartWorkPlanForm",
    "ValueForm",
    "WorkPlanItemForm",
]
