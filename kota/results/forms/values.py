"""Entering an indicator's value for a period, and reviewing it."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from kota.lib.i18n import status_in_sentence
from kota.lib.uploads import UploadField
from kota.results import periods
from kota.results.models import Value
from kota.results.models.disaggregation import parse_cell_key

DATE = forms.DateInput(attrs={"type": "date"})


def period_choices(indicator):
    """(value, label) of every period of the indicator's frequency in its plan."""
    plan = indicator.plan
    return [
        (f"{start.isoformat()}:{end.isoformat()}", periods.label(start, end))
        for start, end in periods.periods_between(indicator.frequency, plan.starts_on, plan.ends_on)
    ]


class ValueForm(forms.Form):
    """A manual value: the period, the number (or, for a disaggregated indicator, every cell of
    the breakdown, whose total becomes the number; or a narrative for a qualitative one), the
    evidence and a comment. Saved as a draft; submitting it is a separate step."""

    period = forms.ChoiceField(label=_("Period"))
    number = forms.DecimalField(label=_("Value"), required=False, max_digits=20, decimal_places=4)
    narrative = forms.CharField(
        label=_("Narrative"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    evidence_file = UploadField(label=_("Evidence (file)"), required=False)
    evidence_url = forms.URLField(
        label=_("Evidence (link)"), required=False, max_length=500, assume_scheme="https"
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, indicator, instance=None, **kwargs):
        self.indicator, self.instance = indicator, instance
        if instance is not None:
            kwargs.setdefault(
                "initial",
                {
                    "period": f"{instance.period_start.isoformat()}:"
                    f"{instance.period_end.isoformat()}",
                    "number": instance.number,
                    "narrative": instance.narrative,
                    "evidence_url": instance.evidence_url,
                    "comment": instance.comment,
                    **{
                        f"cell_{i}": number
                        for i, number in enumerate(
                            instance.cell_numbers().get(key) for key in indicator.cell_keys()
                        )
                    },
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = period_choices(indicator)
        if instance is not None:
            self.fields["period"].disabled = True
        self.cell_fields = []
        if indicator.is_disaggregated or indicator.is_qualitative:
            del self.fields["number"]
        if not indicator.is_qualitative:
            del self.fields["narrative"]
        for i, (key, label) in enumerate(indicator.cell_labels().items()):
            name = f"cell_{i}"
            self.fields[name] = forms.DecimalField(
                label=label, required=False, max_digits=20, decimal_places=4
            )
            self.cell_fields.append((name, key))

    def clean_period(self):
        start, end = (
            datetime.date.fromisoformat(day) for day in self.cleaned_data["period"].split(":")
        )
        if self.instance is None:
            existing = Value.objects.filter(indicator=self.indicator, period_end=end).first()
            if existing is not None:
                if existing.is_locked:
                    raise ValidationError(
                        _(
                            "The value for %(period)s is %(status)s and locked; it cannot be "
                            "entered again."
                        )
                        % {
                            "period": existing.period_label,
                            "status": status_in_sentence(existing.get_status_display()),
                        }
                    )
                raise ValidationError(
                    _("There is already a draft value for %(period)s; edit it instead.")
                    % {"period": existing.period_label}
                )
        return start, end

    def cells(self):
        """The cells given, as ({dimension: category}, number) pairs; none when every cell
        is blank (a draft may wait for its breakdown)."""
        given = [
            (parse_cell_key(key), self.cleaned_data.get(name)) for name, key in self.cell_fields
        ]
        if all(number is None for _key, number in given):
            return []
        return [(coordinates, number) for coordinates, number in given if number is not None]

    def save(self, by):
        """Create or update the draft; ValidationError (ValueLocked among them) when the
        value may not change."""
        data, indicator = self.cleaned_data, self.indicator
        value = self.instance
        if value is None:
            start, end = data["period"]
            value = Value(
                indicator=indicator,
                period_start=start,
                period_end=end,
                origin=Value.Origin.ENTERED,
                entered_by=by,
            )
        if "number" in self.fields:
            value.number = data["number"]
        if "narrative" in self.fields:
            value.narrative = data["narrative"]
        value.evidence_url = data["evidence_url"]
        value.comment = data["comment"]
        if data.get("evidence_file"):
            value.evidence_file = data["evidence_file"]
        value.clean()
        value._history_user = by
        with transaction.atomic():
            value.save()
            cells = self.cells()
            if cells:
                value.set_cells(cells, by=by)
        return value


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it returned?"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
