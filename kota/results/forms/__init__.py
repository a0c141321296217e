from kota.results.forms.lessons import LessonForm, LessonSearchForm
from kota.results.forms.values import ReturnForm, ValueForm

__all__ = [
    "LessonForm",
    "LessonSearchForm",
    "ReturnForm",
    "ValueForm",
]
