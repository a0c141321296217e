"""The form a respondent fills in, built from a questionnaire version: one field per question
(one per row of a matrix), every field optional for the browser, and the questionnaire's own
rules checked in `clean()`: skip logic (a question not asked is dropped), required questions
(only when submitting) and ranges."""

import datetime
from decimal import Decimal

from django import forms
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _

from kota.core.models import SubRegion
from kota.lib.uploads import UploadField
from kota.members.models import Member
from kota.surveys.models import Campaign, Question, Version

Kind = Question.Kind


def field_name(question, row=None):
    return f"q_{question.key}" if row is None else f"q_{question.key}__{row}"


class ResponseForm(forms.Form):
    """`complete`: whether the answers are being submitted (required questions checked) or
    saved as a draft. `cleaned_data["answers"]` holds {question key: answer} of the questions
    asked: a string, a list (multiple choice), {row: value} (matrix), a number as a string,
    a date as YYYY-MM-DD or a stored file's name."""

    def __init__(self, *args, questions, answers=None, complete=False, response=None, **kwargs):
        self.questions = questions
        self.complete = complete
        self.response = response
        self.by_key = {q.key: q for q in questions}
        self.earlier = dict(answers or {})
        super().__init__(*args, initial=self._initial(self.earlier), **kwargs)
        for question in questions:
            for name, field in self._fields_of(question):
                self.fields[name] = field

    def _initial(self, answers):
        initial = {}
        for key, value in answers.items():
            question = self.by_key.get(key)
            if question is None:
                continue
            if question.kind == Kind.MATRIX and isinstance(value, dict):
                for row, cell in value.items():
                    initial[field_name(question, row)] = cell
            elif question.kind != Kind.FILE:
                initial[field_name(question)] = value
        return initial

    def _fields_of(self, question):
        label, help_text = question.display_label, question.help_text
        if question.show_if_question:
            help_text = " ".join(
                part for part in (help_text, str(question.condition_text(self.by_key))) if part
            )
        common = {"label": label, "help_text": help_text, "required": False}
        kind = question.kind
        if kind == Kind.SHORT_TEXT:
            return [(field_name(question), forms.CharField(max_length=500, **common))]
        if kind == Kind.LONG_TEXT:
            return [
                (
                    field_name(question),
                    forms.CharField(
                        widget=forms.Textarea(attrs={"rows": 4}), max_length=10000, **common
                    ),
                )
            ]
        if kind == Kind.NUMBER:
            if question.unit:
                common["label"] = f"{label} ({question.unit})"
            return [
                (
                    field_name(question),
                    forms.DecimalField(
                        min_value=question.minimum, max_value=question.maximum, **common
                    ),
                )
            ]
        if kind in (Kind.SINGLE, Kind.SCALE):
            return [
                (
                    field_name(question),
                    forms.ChoiceField(
                        choices=question.choices(), widget=forms.RadioSelect, **common
                    ),
                )
            ]
        if kind == Kind.MULTIPLE:
            return [
                (
                    field_name(question),
                    forms.MultipleChoiceField(
                        choices=question.choices(), widget=forms.CheckboxSelectMultiple, **common
                    ),
                )
            ]
        if kind == Kind.DATE:
            return [
                (
                    field_name(question),
                    forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common),
                )
            ]
        if kind == Kind.FILE:
            return [(field_name(question), UploadField(**common))]
        # A matrix: one choice per row, labelled "question: row".
        choices = [("", "—")] + question.choices()
        return [
            (
                field_name(question, row),
                forms.ChoiceField(
                    choices=choices,
                    label=f"{label}: {row_label}",
                    required=False,
                    help_text=help_text if n == 0 else "",
                ),
            )
            for n, (row, row_label) in enumerate(question.row_choices())
        ]

    def _answer(self, question):
        data = self.cleaned_data
        kind = question.kind
        if kind == Kind.MATRIX:
            cells = {
                row: data.get(field_name(question, row))
                for row, _label in question.row_choices()
                if data.get(field_name(question, row))
            }
            return cells or None
        value = data.get(field_name(question))
        if kind == Kind.FILE:
            if value:
                folder = (
                    f"surveys/{self.response.campaign_id}/{self.response.pk}"
                    if self.response
                    else "surveys"
                )
                return default_storage.save(f"{folder}/{value.name}", value)
            return self.earlier.get(question.key)  # the file uploaded before stays
        if value in (None, "", []):
            return None
        if isinstance(value, Decimal):
            return str(value.normalize()) if value == value.to_integral() else str(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def clean(self):
        super().clean()
        answers = {}
        for question in self.questions:
            if not question.is_asked(answers):
                continue  # skipped: whatever was typed into it is not kept
            answer = self._answer(question)
            if answer is None:
                if self.complete and question.required:
                    if question.kind == Kind.MATRIX:
                        first = question.row_choices()[0][0]
                        self.add_error(field_name(question, first), _("This question is required."))
                    else:
                        self.add_error(field_name(question), _("This question is required."))
                continue
            if (
                self.complete
                and question.required
                and question.kind == Kind.MATRIX
                and len(answer) < len(question.rows)
            ):
                first = question.row_choices()[0][0]
                self.add_error(field_name(question, first), _("Answer every row."))
            answers[question.key] = answer
        self.cleaned_data["answers"] = answers
        return self.cleaned_data

    def sections(self):
        """[(section, [bound fields])] in order, for the template."""
        grouped = []
        for question in self.questions:
            if not grouped or grouped[-1][0] != question.section:
                grouped.append((question.section, []))
            names = (
                [field_name(question, row) for row, _l in question.row_choices()]
                if question.kind == Kind.MATRIX
                else [field_name(question)]
            )
            grouped[-1][1].append((question, [self[name] for name in names]))
        return grouped


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the respondent correct?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


class SummaryFilterForm(forms.Form):
    """Filters of a summary, validated like any form."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    subregion = forms.ChoiceField(label=_("Sub-region"), required=False)

    def __init__(self, *args, countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Every country"))] + list(countries)
        self.fields["kind"].choices = [("", _("Every kind"))] + list(Member.Kind.choices)
        self.fields["subregion"].choices = [("", _("Every sub-region"))] + list(SubRegion.choices)


class CampaignForm(forms.ModelForm):
    """A new campaign: what it asks (a published version), its title and due date; who must
    answer is the criteria form of the chosen audience source, beside it."""

    class Meta:
        model = Campaign
        fields = ["title", "version", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = Version.objects.filter(
            status=Version.Status.PUBLISHED
        ).select_related("questionnaire")
