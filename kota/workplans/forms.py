"""Drafting work plans and their items, deciding on them, and recording spending."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.lib.money import currency_choices
from kota.results.models import Activity
from kota.workplans.models import WorkPlanItem

DATE = forms.DateInput(attrs={"type": "date"})


class StartWorkPlanForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class WorkPlanItemForm(forms.ModelForm):
    currency = forms.ChoiceField(label=_("Currency"), choices=currency_choices)

    class Meta:
        model = WorkPlanItem
        fields = [
            "code",
            "activity",
            "output",
            "body",
            "unit",
            "q1",
            "q2",
            "q3",
            "q4",
            "budget",
            "currency",
            "funding_source",
        ]
        widgets = {"output": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, work_plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.work_plan = work_plan
        self.fields["activity"].queryset = Activity.objects.filter(
            strategy__goal__plan=work_plan.plan
        ).select_related("strategy")
        self.fields["budget"].min_value = 0

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        taken = WorkPlanItem.objects.filter(work_plan=self.instance.work_plan, code=code)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another item of this work plan has this code."))
        return code


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReturnWorkPlanForm(forms.Form):
    comment = forms.CharField(
        label=_("Comments for the secretariat"), widget=forms.Textarea(attrs={"rows": 2})
    )


class SpendingForm(forms.Form):
    item = forms.ModelChoiceField(label=_("Item"), queryset=WorkPlanItem.objects.none())
    amount = forms.DecimalField(label=_("Amount"), min_value=0, max_digits=16, decimal_places=3)
    spent_on = forms.DateField(label=_("Spent on"), widget=DATE, initial=timezone.localdate)
    reference = forms.CharField(label=_("Reference"), max_length=100, required=False)

    def __init__(self, *args, work_plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = work_plan.items.all()
        self.fields["item"].label_from_instance = lambda item: (
            f"{item.code} — {item.output[:60]} ({item.currency})"
        )
        today = timezone.localdate()
        if today.year != work_plan.year:
            self.fields["spent_on"].initial = datetime.date(work_plan.year, 12, 31)
