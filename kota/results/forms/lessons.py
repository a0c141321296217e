from django import forms
from django.utils.translation import gettext_lazy as _

from kota.results.models import Lesson


class LessonForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["written_on", "text", "tags"]
        widgets = {
            "written_on": forms.DateInput(attrs={"type": "date"}),
            "text": forms.Textarea(attrs={"rows": 3}),
        }


class LessonSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the lessons"), required=False, max_length=200)
