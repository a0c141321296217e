"""The projects' forms: the list's filters, and the secretariat's forms for a project's
grants, money, updates and donor reports."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country
from kota.lib.money import currency_choices
from kota.partners.models import Grant
from kota.projects.codelists import ActivityStatus, TransactionType
from kota.projects.models import Programme, Transaction, Update


class ProjectFilterForm(forms.Form):
    """The project list's GET filters; an invalid value is ignored, never a 500."""

    q = forms.CharField(label=_("Words in the title or code"), required=False, max_length=200)
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.order_by("code"),
        to_field_name="slug",
        required=False,
        empty_label=_("All programmes"),
    )
    status = forms.TypedChoiceField(
        label=_("Status"),
        choices=[("", _("Any status"))] + ActivityStatus.choices,
        coerce=int,
        empty_value=None,
        required=False,
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.filter(projects__isnull=False).distinct().order_by("name"),
        required=False,
        empty_label=_("All countries"),
    )

    def filters(self):
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "programme": data["programme"].slug if data["programme"] else None,
            "status": data["status"],
            "country": data["country"],
            "q": data["q"].strip(),
        }


class AttachGrantForm(forms.Form):
    grant = forms.ModelChoiceField(
        label=_("Grant"),
        queryset=Grant.objects.select_related("funder").order_by("-pk"),
        empty_label=_("Choose a grant"),
    )


class TransactionForm(forms.ModelForm):
    currency = forms.ChoiceField(label=_("Currency"), choices=currency_choices, initial="USD")

    class Meta:
        model = Transaction
        fields = [
            "kind", "date", "amount", "currency", "grant", "budget_line", "counterpart",
            "description",
        ]  # fmt: skip
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, project, **kwargs):
        # Its own ids: the project's page holds the grant form's "grant" select too.
        kwargs.setdefault("auto_id", "transaction_%s")
        super().__init__(*args, **kwargs)
        self.instance.project = project
        self.fields["kind"].choices = TransactionType.choices
        self.fields["grant"].queryset = Grant.objects.filter(project_links__project=project)
        self.fields["budget_line"].queryset = project.budget_lines.all()


QUARTERS = [(n, f"Q{n}") for n in range(1, 5)]


class UpdateForm(forms.ModelForm):
    evidence_url = forms.URLField(
        label=_("Evidence (link)"), required=False, max_length=500, assume_scheme="https"
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int)

    class Meta:
        model = Update
        fields = ["narrative", "evidence_url", "evidence_file"]

    def __init__(self, *args, project, author, **kwargs):
        kwargs.setdefault("auto_id", "update_%s")
        super().__init__(*args, **kwargs)
        self.instance.project, self.instance.author = project, author

    def clean(self):
        data = super().clean()
        year, quarter = data.get("year"), data.get("quarter")
        if year and quarter:
            start = datetime.date(year, 3 * quarter - 2, 1)
            following = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
            self.instance.period_start = start
            self.instance.period_end = following - datetime.timedelta(days=1)
        return data


class ReportForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The period cannot end before it starts."))
        return data
