"""Payments from a bank's CSV: matched on invoice number, checked whole before anything is
written (the member import's rules), written in one transaction. A row whose invoice already
has a payment with the same reference was imported before and is skipped, so importing the
same statement twice records nothing twice. Two rows with the same invoice and reference in one
file reject the file: the second is the first paid twice, or a typing error."""

from django import forms
from django.utils.translation import gettext as _

from kota.dues.models import Invoice, Payment
from kota.lib.csvfile import read_rows, record_rows
from kota.lib.dates import validate_in_window
from kota.lib.money import validate_currency

REQUIRED_COLUMNS = ["invoice_number", "amount", "currency", "paid_on", "reference"]
COLUMNS = REQUIRED_COLUMNS + ["method", "exchange_rate"]


class PaymentRowForm(forms.Form):
    invoice_number = forms.CharField(max_length=20)
    amount = forms.DecimalField(min_value=0, max_digits=16, decimal_places=3)
    currency = forms.CharField(max_length=3)
    paid_on = forms.DateField(input_formats=["%Y-%m-%d"])
    reference = forms.CharField(max_length=100)
    method = forms.ChoiceField(choices=Payment.Method.choices, required=False)
    exchange_rate = forms.DecimalField(min_value=0, max_digits=20, decimal_places=8, required=False)

    def __init__(self, *args, invoices, **kwargs):
        super().__init__(*args, **kwargs)
        self.invoices = invoices

    def clean_invoice_number(self):
        number = self.cleaned_data["invoice_number"]
        invoice = self.invoices.get(number)
        if invoice is None:
            raise forms.ValidationError(
                _("No invoice has the number “%(number)s”.") % {"number": number}
            )
        if invoice.status == Invoice.Status.VOID:
            raise forms.ValidationError(_("Invoice %(number)s is void.") % {"number": number})
        return invoice

    def clean_paid_on(self):
        day = self.cleaned_data["paid_on"]
        validate_in_window(day)
        return day

    def clean_currency(self):
        code = self.cleaned_data["currency"].upper()
        validate_currency(code)
        return code

    def clean(self):
        data = super().clean()
        invoice, currency = data.get("invoice_number"), data.get("currency")
        if invoice and currency and currency != invoice.currency and not data.get("exchange_rate"):
            self.add_error(
                "exchange_rate",
                _("A payment in another currency than the invoice's needs its exchange rate."),
            )
        return data


def check_payments(content, progress=None):
    """The checked rows of `content` (bytes), or ImportRejected."""
    invoices = {i.number: i for i in Invoice.objects.all()}
    return read_rows(
        content,
        form_class=PaymentRowForm,
        required=REQUIRED_COLUMNS,
        columns=COLUMNS,
        unique=("invoice_number", "reference"),
        form_kwargs={"invoices": invoices},
        progress=progress,
    )


def record_payments(rows, *, by=None):
    """Record checked rows in one transaction: (recorded, skipped) counts, or ImportRejected
    and nothing recorded."""

    def record(row):
        row["invoice_number"].record_payment(
            amount=row["amount"],
            currency=row["currency"],
            paid_on=row["paid_on"],
            method=row["method"] or Payment.Method.BANK_TRANSFER,
            reference=row["reference"],
            exchange_rate=row["exchange_rate"],
            by=by,
        )

    return record_rows(
        rows,
        key=lambda row: (row["invoice_number"].pk, row["reference"]),
        lock=lambda: Invoice.objects.lock(row["invoice_number"].pk for row in rows),
        seen=Payment.objects.exclude(reference="").values_list("invoice_id", "reference"),
        record=record,
        column="amount",
    )


def import_payments(content, *, by=None):
    """Returns (recorded, skipped) counts, or raises ImportRejected and records nothing."""
    return record_payments(check_payments(content), by=by)
