"""Actual spending of a work plan from a CSV file, with the rules of every import in Kota
(kota/lib/csvfile.py): every row is checked before anything is written, and one bad row rejects
the whole file. Rows are matched on the item's code in the work plan. A row whose item already
has spending with the same reference was imported before and is skipped, so importing the same
ledger twice records nothing twice; two rows with the same item and reference in one file reject
the file."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from kota.lib.csvfile import read_rows, record_rows
from kota.lib.money import validate_currency
from kota.workplans.models import Spending

REQUIRED_COLUMNS = ["item_code", "amount", "currency", "spent_on", "reference"]
COLUMNS = REQUIRED_COLUMNS + ["note"]


class SpendingRowForm(forms.Form):
    item_code = forms.CharField(max_length=20)
    amount = forms.DecimalField(min_value=0, max_digits=16, decimal_places=3)
    currency = forms.CharField(max_length=3)
    spent_on = forms.DateField(input_formats=["%Y-%m-%d"])
    reference = forms.CharField(max_length=100)
    note = forms.CharField(max_length=300, required=False)

    def __init__(self, *args, work_plan, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.work_plan, self.items = work_plan, items

    def clean_item_code(self):
        code = self.cleaned_data["item_code"]
        item = self.items.get(code)
        if item is None:
            raise forms.ValidationError(
                _("The work plan has no item with the code “%(code)s”.") % {"code": code}
            )
        return item

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount <= 0:
            raise forms.ValidationError(_("Spending is a positive amount."))
        return amount

    def clean_currency(self):
        code = self.cleaned_data["currency"].upper()
        validate_currency(code)
        return code

    def clean_spent_on(self):
        day = self.cleaned_data["spent_on"]
        if day.year != self.work_plan.year:
            raise forms.ValidationError(
                _("Spending of the %(year)s work plan falls in %(year)s.")
                % {"year": self.work_plan.year}
            )
        return day

    def clean(self):
        data = super().clean()
        item, currency = data.get("item_code"), data.get("currency")
        if item and currency and currency != item.currency:
            self.add_error(
                "currency",
                _("Item %(code)s is budgeted in %(budget)s.")
                % {"code": item.code, "budget": item.currency},
            )
        return data


def check_spending(content, work_plan, progress=None):
    """The checked rows of `content` (bytes) for `work_plan`; ImportRejected when a row is
    wrong, ValidationError when the work plan takes no spending."""
    if not work_plan.accepts_spending:
        raise ValidationError(
            _("Spending is recorded once the Executive Bureau has approved the work plan.")
        )
    items = {item.code: item for item in work_plan.items.select_related("work_plan")}
    return read_rows(
        content,
        form_class=SpendingRowForm,
        required=REQUIRED_COLUMNS,
        columns=COLUMNS,
        unique=("item_code", "reference"),
        form_kwargs={"work_plan": work_plan, "items": items},
        progress=progress,
    )


def record_spending_rows(rows, work_plan, *, by):
    """Record checked rows in one transaction: (recorded, skipped) counts, or ImportRejected
    and nothing recorded."""

    def record(row):
        row["item_code"].record_spending(
            amount=row["amount"],
            currency=row["currency"],
            spent_on=row["spent_on"],
            reference=row["reference"],
            note=row["note"],
            by=by,
        )

    return record_rows(
        rows,
        key=lambda row: (row["item_code"].code, row["reference"]),
        lock=work_plan.lock_year,
        seen=Spending.objects.filter(
            item__work_plan__plan=work_plan.plan, item__work_plan__year=work_plan.year
        )
        .exclude(reference="")
        .values_list("item__code", "reference"),
        record=record,
        column="amount",
        refused=(ValidationError, PermissionDenied),
    )


def import_spending(content, work_plan, *, by):
    """Returns (recorded, skipped) counts, or raises ImportRejected and records nothing."""
    return record_spending_rows(check_spending(content, work_plan), work_plan, by=by)
