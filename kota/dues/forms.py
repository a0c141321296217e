import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.dues.models import Adjustment, Invoice, Payment
from kota.lib.money import currency_choices


class YearForm(forms.Form):
    year = forms.IntegerField(min_value=2000, max_value=2100, required=False)

    def year_or_current(self):
        if self.is_valid() and self.cleaned_data["year"]:
            return self.cleaned_data["year"]
        return timezone.localdate().year


class InvoiceFilterForm(YearForm):
    status = forms.ChoiceField(
        choices=[("", _("All statuses"))] + Invoice.Status.choices, required=False
    )
    q = forms.CharField(label=_("Member or number"), required=False, max_length=100)


class PaymentForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount paid"), min_value=0, max_digits=16, decimal_places=3
    )
    currency = forms.ChoiceField(label=_("Currency paid"), choices=currency_choices)
    exchange_rate = forms.DecimalField(
        label=_("Exchange rate"),
        required=False,
        min_value=0,
        max_digits=20,
        decimal_places=8,
        help_text=_("Invoice currency per unit of the currency paid; only for another currency."),
    )
    rate_date = forms.DateField(
        label=_("Rate date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    paid_on = forms.DateField(
        label=_("Paid on"),
        initial=datetime.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    method = forms.ChoiceField(label=_("Method"), choices=Payment.Method.choices)
    reference = forms.CharField(label=_("Reference"), max_length=100, required=False)


class AdjustmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Adjustment.Kind.choices)
    amount = forms.DecimalField(label=_("Amount"), min_value=0, max_digits=16, decimal_places=3)
    reason = forms.CharField(label=_("Reason"), max_length=300)


class VoidForm(forms.Form):
    reason = forms.CharField(label=_("Reason for voiding"), max_length=300)
